package org.openiop.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CanonicalJsonProperties {
  @Property
  void writeThenParseIsTheIdentityAndBytesAreUnique(
      @ForAll @Size(max = 5)
          List<@StringLength(max = 20) @CharRange(from = ' ', to = '!') String> a,
      @ForAll @StringLength(max = 40) @CharRange(from = '#', to = '[') String s,
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long n)
      throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", s);
    m.put("n", n);
    m.put("a", List.copyOf(a));
    m.put("o", Map.of("k", "v"));
    byte[] bytes = CanonicalJson.write(m);
    Object back = CanonicalJson.parse(bytes);
    assertThat(back).isEqualTo(m);
    assertThat(CanonicalJson.write(back)).isEqualTo(bytes);
  }

  @Test
  void nonCanonicalInputIsRefused() {
    for (String bad :
        List.of(
            "{\"a\":1} ",
            "{ \"a\":1}",
            "{\"a\":01}",
            "{\"a\":-1}",
            "{\"a\":1.0}",
            "{\"a\":true}",
            "{\"a\":null}",
            "{\"a\":\"\\u0041\"}",
            "{\"a\":1,\"a\":2}",
            "[[[[[[[[[[1]]]]]]]]]]",
            "")) {
      assertThatThrownBy(
              () -> CanonicalJson.parse(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .isInstanceOf(MalformedJsonException.class);
    }
  }
}
