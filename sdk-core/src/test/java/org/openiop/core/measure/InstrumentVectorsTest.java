package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Violation;

/** Known-answer vectors from the instruments' published scoring rules and worked examples. */
class InstrumentVectorsTest {

  static Stream<Arguments> vectors() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("phq-9.json", "gad-7.json", "pcl-5.json", "audit-c.json")) {
      JsonObject root;
      try (InputStream in =
              InstrumentVectorsTest.class.getResourceAsStream("/testvectors/" + file);
          JsonReader reader = Json.createReader(in)) {
        root = reader.readObject();
      }
      assertThat(root.getJsonArray("sources")).isNotEmpty();
      int i = 0;
      for (JsonValue v : root.getJsonArray("cases")) {
        JsonObject c = v.asJsonObject();
        String id = c.getString("instrument", root.getString("instrument"));
        Instrument instrument =
            root.containsKey("cutoff")
                ? Instruments.pcl5(root.getInt("cutoff"))
                : Instruments.byId(id).orElseThrow();
        out.add(Arguments.of(file + "#" + i++ + " " + c.getString("comment"), instrument, c));
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void scoringMatchesThePublishedVector(String name, Instrument instrument, JsonObject c) {
    List<Integer> answers = new ArrayList<>();
    for (JsonValue a : c.getJsonArray("answers")) {
      answers.add(
          a.getValueType() == JsonValue.ValueType.NULL ? null : Integer.valueOf(a.toString()));
    }
    if (c.containsKey("error")) {
      Set<String> paths =
          c.getJsonArray("error").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .collect(Collectors.toSet());
      assertThatThrownBy(() -> instrument.score(answers))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(
                          e.violations().stream().map(Violation::path).collect(Collectors.toSet()))
                      .isEqualTo(paths));
      return;
    }
    Score score = instrument.score(answers);
    assertThat(score.total()).as("total").isEqualTo(c.getInt("total"));
    assertThat(score.band()).as("band").isEqualTo(c.getString("band"));
    assertThat(score.flags().stream().map(RiskFlag::code).collect(Collectors.toSet()))
        .as("flags")
        .isEqualTo(
            c.getJsonArray("flags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet()));
    assertThat(score.prorated()).as("prorated").isEqualTo(c.getBoolean("prorated", false));
    if (c.containsKey("subscales")) {
      Map<String, Integer> expected = new HashMap<>();
      c.getJsonObject("subscales")
          .forEach((k, v) -> expected.put(k, Integer.valueOf(v.toString())));
      assertThat(score.subscales()).isEqualTo(expected);
    }
  }
}
