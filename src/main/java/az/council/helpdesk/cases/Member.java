package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.util.Optional;
import java.util.Set;

/**
 * A Council member on the roster.
 *
 * @param groups the working groups the member follows; {@code leads} those of them the member leads
 */
public record Member(long userId, String name, Optional<String> username, Role role, Set<Language> languages,
    Set<String> groups, Set<String> leads) {

  public Member {
    languages = Set.copyOf(languages);
    groups = Set.copyOf(groups);
    leads = Set.copyOf(leads);
  }

  /** How members see each other: the name, else the @username, else the id. */
  public String display() {
    if (!name.isBlank()) {
      return name;
    }
    return username.map(u -> "@" + u).orElse(Long.toString(userId));
  }

  public boolean speaks(Language language) {
    return languages.contains(language);
  }
}
