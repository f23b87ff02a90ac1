package org.openiop.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.openiop.core.Jurisdiction;
import org.openiop.core.internal.Copies;

/**
 * An interstate licensure compact: which credentials it covers and which jurisdictions are members.
 * Membership is data (see {@link CompactRegistry}), never code.
 *
 * @param code a short key such as {@code PSYPACT}: 2-30 upper-case letters, digits and {@code _}
 * @param name the compact's name; 1-100 characters
 * @param scope whether a privilege reaches all members or one; never {@code null}
 * @param credentials the credentials it covers; never {@code null}
 * @param members the member jurisdictions; never {@code null}
 * @param asOf the date the member list describes; never {@code null}
 * @param source where the member list came from (a URL or citation); 1-300 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Compact(
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be 2-30 of A-Z, 0-9 and _")
        String code,
    @NotBlank(message = "must not be blank") @Size(max = 100) String name,
    PrivilegeScope scope,
    Set<Credential> credentials,
    SortedSet<Jurisdiction> members,
    LocalDate asOf,
    @NotBlank(message = "must not be blank") @Size(max = 300) String source) {

  /** Checks presence and copies collections. */
  public Compact {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(asOf, "asOf == null");
    Objects.requireNonNull(source, "source == null");
    credentials = Copies.enums(credentials, Credential.class);
    members = Copies.sortedSet(members);
  }

  /**
   * Whether a jurisdiction is a member.
   *
   * @param jurisdiction the jurisdiction; never {@code null}
   * @return true if a member
   */
  public boolean hasMember(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    return members.contains(jurisdiction);
  }
}
