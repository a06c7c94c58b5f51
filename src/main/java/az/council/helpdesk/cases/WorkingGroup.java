package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.util.EnumMap;
import java.util.Map;

/** One of the Council's working groups, e.g. {@code labour-migration}, with its name in each language. */
public record WorkingGroup(String id, Map<Language, String> names) {
  public WorkingGroup {
    names = new EnumMap<>(names);
    for (Language language : Language.values()) {
      if (!names.containsKey(language)) {
        throw new IllegalArgumentException("working group " + id + " has no " + language.tag() + " name");
      }
    }
  }

  public String name(Language language) {
    return names.get(language);
  }
}
