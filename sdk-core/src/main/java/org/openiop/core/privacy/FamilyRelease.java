package org.openiop.core.privacy;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.SupportPersonId;
import org.openiop.core.internal.Copies;

/**
 * The terms of a family release: to whom, and which categories of information. Psychotherapy notes
 * are never covered (see {@link ReleaseCategory}).
 *
 * @param recipient the support person who may receive the information; never {@code null}
 * @param categories at least one category; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record FamilyRelease(SupportPersonId recipient, Set<ReleaseCategory> categories) {

  /** Checks presence and that at least one category is released. */
  public FamilyRelease {
    Objects.requireNonNull(recipient, "recipient == null");
    categories = Copies.enums(categories, ReleaseCategory.class);
    if (categories.isEmpty()) {
      throw InvalidInputException.of("categories", "must name at least one category");
    }
  }

  /**
   * Whether a category is released.
   *
   * @param category the category; never {@code null}
   * @return true if covered
   */
  public boolean covers(ReleaseCategory category) {
    Objects.requireNonNull(category, "category == null");
    return categories.contains(category);
  }
}
