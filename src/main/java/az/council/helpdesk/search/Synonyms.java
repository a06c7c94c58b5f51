package az.council.helpdesk.search;

import az.council.helpdesk.i18n.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations and colloquial names people really use (glossary of migration-facts-supplement.md), expanded
 * at query time into the official terms, each language field getting its own language's wording. Expanding
 * the query rather than the index keeps the FAQ text as written.
 */
public final class Synonyms {
  /** The official wording of one term in each language. */
  public record Expansion(String az, String ru, String en) {
    public String in(Language language) {
      return switch (language) {
        case AZ -> az;
        case RU -> ru;
        case EN -> en;
      };
    }
  }

  private static final Expansion TRP =
      new Expansion("müvəqqəti yaşamaq üçün icazə", "разрешение на временное проживание", "temporary residence permit");
  private static final Expansion PRP =
      new Expansion("daimi yaşamaq üçün icazə", "разрешение на постоянное проживание", "permanent residence permit");
  private static final Expansion WORK_PERMIT =
      new Expansion("iş icazəsi", "разрешение на работу", "work permit");
  private static final Expansion REGISTRATION =
      new Expansion("olduğu yer üzrə qeydiyyat", "регистрация по месту пребывания", "registration place of stay");
  private static final Expansion SMS =
      new Expansion("Dövlət Miqrasiya Xidməti", "Государственная миграционная служба", "State Migration Service");
  private static final Expansion ASAN =
      new Expansion("ASAN xidmət", "ASAN xidmət", "ASAN service");
  private static final Expansion EXTENSION =
      new Expansion("müvəqqəti olma müddətinin uzadılması", "продление срока временного пребывания", "extend temporary stay");
  private static final Expansion EXPULSION =
      new Expansion("kənara çıxarılma", "выдворение", "expulsion deportation");
  private static final Expansion CITIZENSHIP =
      new Expansion("vətəndaşlıq", "гражданство", "citizenship");
  private static final Expansion EVISA =
      new Expansion("ASAN Viza elektron viza", "электронная виза ASAN Visa", "ASAN Visa electronic visa e-visa");
  private static final Expansion DOCUMENTS = new Expansion("sənədlər", "документы", "documents");
  private static final Expansion FEE = new Expansion("rüsum qiyməti", "пошлина стоимость", "fee cost");
  private static final Expansion RENEW = new Expansion("uzadılması", "продление", "extend extension");
  private static final Expansion OVERSTAY = new Expansion("icazə verilən müddətdən artıq qalmaq",
      "остался дольше разрешённого срока просрочил", "stayed longer than allowed overstay");
  private static final Expansion SIM_CARD = new Expansion("SIM kart", "SIM-карта", "SIM card");
  private static final Expansion REFUGEE =
      new Expansion("qaçqın sığınacaq", "беженец убежище", "asylum refugee");

  /**
   * Triggers (lower case, matched as whole words; one ending in {@code *} as the start of a word) and their
   * expansions: these, and the Turkish ones of {@link TurkishWords}.
   */
  private static final Map<String, Expansion> TRIGGERS = merged(TurkishWords.TRIGGERS,
      Map.ofEntries(
          Map.entry("внж", TRP), Map.entry("vnj", TRP), Map.entry("vnzh", TRP), Map.entry("vnz", TRP),
          Map.entry("miv", TRP), Map.entry("mүv", TRP), Map.entry("myi", TRP), Map.entry("myı", TRP),
          Map.entry("mіv", TRP), Map.entry("trp", TRP), Map.entry("вид на жительство", TRP),
          Map.entry("vid na zhitelstvo", TRP), 
          Map.entry("ikamet", TRP), Map.entry("residence card", TRP),
          Map.entry("пмж", PRP), Map.entry("pmj", PRP), Map.entry("pmzh", PRP), Map.entry("dyi", PRP),
          Map.entry("dyі", PRP), Map.entry("daimi yaşama", PRP), Map.entry("daimi yasama", PRP),
          Map.entry("даими јашама", PRP), Map.entry("дајми јашама", PRP), Map.entry("даими яшама", PRP),
          Map.entry("müvəqqəti yaşama", TRP), Map.entry("muveqqeti yasama", TRP), Map.entry("мүвәггәти јашама", TRP),
          Map.entry("is icazesi", WORK_PERMIT), Map.entry("prp", PRP), Map.entry("kalıcı oturum", PRP),
          Map.entry("süresiz ikamet", PRP), Map.entry("permanent residency", PRP),
          Map.entry("рабочая виза", WORK_PERMIT), Map.entry("rabochaya viza", WORK_PERMIT),
          Map.entry("work visa", WORK_PERMIT), Map.entry("ish icazesi", WORK_PERMIT),
          Map.entry("прописка", REGISTRATION), Map.entry("прописку", REGISTRATION),
          Map.entry("прописки", REGISTRATION), Map.entry("propiska", REGISTRATION),
          Map.entry("propisku", REGISTRATION), Map.entry("registr", REGISTRATION), Map.entry("qeydiyat", REGISTRATION),
          Map.entry("гмс", SMS), Map.entry("gms", SMS), Map.entry("dmx", SMS), Map.entry("миграционка", SMS),
          Map.entry("миграционную", SMS), Map.entry("migrasiya", SMS), Map.entry("miqrasiya", SMS),
          // Not the Latin "asan": it is also the Azerbaijani word for "easy", and the question's own word already
          // finds the ASAN entry; expanding it made "registration — do I go to ASAN?" answer with the ASAN entry.
          Map.entry("асан", ASAN),
          Map.entry("viza uzatma", EXTENSION), Map.entry("vizani uzatmaq", EXTENSION),
          Map.entry("продление визы", EXTENSION), Map.entry("продлить визу", EXTENSION),
          Map.entry("prodlit vizu", EXTENSION), Map.entry("extend visa", EXTENSION),
          Map.entry("extend my visa", EXTENSION), Map.entry("visa extension", EXTENSION),
          Map.entry("депортация", EXPULSION), Map.entry("депортируют", EXPULSION),
          Map.entry("deportasiya", EXPULSION), Map.entry("deport", EXPULSION),
          Map.entry("паспорт азербайджана", CITIZENSHIP), Map.entry("vetendashliq", CITIZENSHIP),
          Map.entry("sığınma", REFUGEE),
          Map.entry("evisa", EVISA), Map.entry("e-visa", EVISA), Map.entry("asan viza", EVISA),
          Map.entry("asan visa", EVISA), Map.entry("elektron viza", EVISA), Map.entry("электронная виза", EVISA),
          Map.entry("e-виза", EVISA), Map.entry("евиза", EVISA), Map.entry("docs", DOCUMENTS),
          Map.entry("paperwork", DOCUMENTS), Map.entry("papers", DOCUMENTS), Map.entry("доки", DOCUMENTS),
          Map.entry("bumaqlar", DOCUMENTS), Map.entry("price", FEE), Map.entry("how much", FEE),
          Map.entry("скока", FEE), Map.entry("сколько стоит", FEE), Map.entry("skolko stoit", FEE),
          Map.entry("neçəyədir", FEE), Map.entry("neceyedir", FEE), Map.entry("ne qeder pul", FEE),
          Map.entry("renew", RENEW), Map.entry("renewal", RENEW), Map.entry("продлить", RENEW),
          Map.entry("prodlit", RENEW), Map.entry("uzatmaq", RENEW), Map.entry("uzatmag", RENEW),
          // The noun "просрочка" stems apart from the FAQ's "просрочил"; people say both.
          Map.entry("просрочка", OVERSTAY), Map.entry("просрочку", OVERSTAY), Map.entry("просрочки", OVERSTAY),
          Map.entry("просрочкой", OVERSTAY), Map.entry("prosrochka", OVERSTAY), Map.entry("prosrochku", OVERSTAY),
          Map.entry("пересидел", OVERSTAY), Map.entry("peresidel", OVERSTAY), Map.entry("перебыл", OVERSTAY),
          Map.entry("perebyl", OVERSTAY),
          // Colloquial "постоянка" for the PRP, and the SIM card in the Russian words people mix into Azerbaijani.
          Map.entry("постоянка", PRP), Map.entry("постоянку", PRP), Map.entry("постоянки", PRP),
          Map.entry("postoyanka", PRP), Map.entry("postoyanku", PRP),
          Map.entry("симка", SIM_CARD), Map.entry("симку", SIM_CARD), Map.entry("симкарт", SIM_CARD),
          Map.entry("симкарта", SIM_CARD), Map.entry("симкарту", SIM_CARD), Map.entry("simka", SIM_CARD),
          Map.entry("simku", SIM_CARD), Map.entry("simkart", SIM_CARD)));

  private static Map<String, Expansion> merged(Map<String, Expansion> a, Map<String, Expansion> b) {
    Map<String, Expansion> all = new HashMap<>(a);
    b.forEach((key, value) -> {
      if (all.put(key, value) != null) {
        throw new IllegalStateException("trigger '" + key + "' defined twice");
      }
    });
    return Map.copyOf(all);
  }

  /**
   * The triggers by first character, longest first (so "вид на жительство" wins over a shorter trigger at the
   * same place). Looking up a word's first character replaced one regex alternation of every trigger, which
   * java.util.regex tried in full at each position of the text.
   */
  private static final Map<Character, List<String>> BY_FIRST = byFirst(TRIGGERS.keySet());

  private static Map<Character, List<String>> byFirst(Set<String> triggers) {
    Map<Character, List<String>> grouped = new HashMap<>();
    for (String trigger : triggers) {
      grouped.computeIfAbsent(trigger.charAt(0), c -> new ArrayList<>()).add(trigger);
    }
    grouped.replaceAll((c, list) ->
        list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    return Map.copyOf(grouped);
  }

  private Synonyms() {}

  /** A trigger found in the text: where it stands and what it means. */
  public record Found(Expansion expansion, int start, int end) {}

  /** Every trigger the text contains as whole words, in order of appearance, none overlapping. */
  public static List<Found> find(String text) {
    String lower = lowerKeepingLength(text);
    List<Found> found = new ArrayList<>();
    int at = 0;
    while (at < lower.length()) {
      int end = -1;
      String trigger = null;
      if (at == 0 || !Scripts.isLetterOrNumber(lower.codePointBefore(at))) {
        for (String candidate : BY_FIRST.getOrDefault(lower.charAt(at), List.of())) {
          end = endOf(candidate, lower, at);
          if (end > 0) {
            trigger = candidate;
            break;
          }
        }
      }
      if (trigger == null) {
        at++;
      } else {
        found.add(new Found(TRIGGERS.get(trigger), at, end));
        at = end;
      }
    }
    return found;
  }

  /** Where the trigger's match at {@code at} ends (a prefix trigger takes the rest of the word), or -1. */
  private static int endOf(String trigger, String lower, int at) {
    boolean prefix = trigger.endsWith("*");
    int length = prefix ? trigger.length() - 1 : trigger.length();
    if (!lower.regionMatches(at, trigger, 0, length)) {
      return -1;
    }
    int end = at + length;
    if (prefix) {
      while (end < lower.length() && Scripts.isLetterOrNumber(lower.codePointAt(end))) {
        end += Character.charCount(lower.codePointAt(end));
      }
      return end;
    }
    return end == lower.length() || !Scripts.isLetterOrNumber(lower.codePointAt(end)) ? end : -1;
  }

  /**
   * Lower case that keeps every offset: Java turns "İ" into two chars ("i̇"), which would both shift offsets
   * and stop "MİV" from matching "miv".
   */
  public static String lowerKeepingLength(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == 'İ' ? 'i' : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The text followed by each distinct expansion's wording in one language. */
  public static String expand(String text, List<Found> found, Language language) {
    StringBuilder out = new StringBuilder(text);
    found.stream().map(Found::expansion).distinct().forEach(e -> out.append(' ').append(e.in(language)));
    return out.toString();
  }
}
