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
    // The terms that these triggers, the Turkish ones ({@link TurkishWords}) and the Ukrainian ones ({@link
    // UkrainianWords}) share. Kept in the record so that no class depends on another's initialisation order.
    static final Expansion TRP =
        new Expansion("müvəqqəti yaşamaq üçün icazə", "разрешение на временное проживание", "temporary residence permit");
    static final Expansion PRP =
        new Expansion("daimi yaşamaq üçün icazə", "разрешение на постоянное проживание", "permanent residence permit");
    static final Expansion WORK_PERMIT =
        new Expansion("iş icazəsi", "разрешение на работу", "work permit");
    static final Expansion REGISTRATION =
        new Expansion("olduğu yer üzrə qeydiyyat", "регистрация по месту пребывания", "registration place of stay");
    static final Expansion EXPULSION =
        new Expansion("kənara çıxarılma", "выдворение", "expulsion deportation");
    static final Expansion CITIZENSHIP =
        new Expansion("vətəndaşlıq", "гражданство", "citizenship");
    static final Expansion DOCUMENTS =
        new Expansion("sənədlər", "документы", "documents");
    static final Expansion RENEW =
        new Expansion("uzadılması", "продление", "extend extension");
    static final Expansion REFUGEE =
        new Expansion("qaçqın sığınacaq", "беженец убежище", "asylum refugee");
    static final Expansion EXTENSION =
        new Expansion("müvəqqəti olma müddətinin uzadılması", "продление срока временного пребывания", "extend temporary stay");
    static final Expansion FEE = new Expansion("rüsum qiyməti", "пошлина стоимость", "fee cost");
    static final Expansion SMS =
        new Expansion("Dövlət Miqrasiya Xidməti", "Государственная миграционная служба", "State Migration Service");
    static final Expansion SIM_CARD = new Expansion("SIM kart", "SIM-карта", "SIM card");
    static final Expansion EMPLOYER = new Expansion("işəgötürən", "работодатель", "employer");
    static final Expansion PERIOD = new Expansion("müddət", "срок", "period");
    static final Expansion CANCEL = new Expansion("ləğv", "аннулирование", "cancel");
    static final Expansion REFUSAL = new Expansion("imtina", "отказ", "refused refusal");
    static final Expansion APPEAL = new Expansion("şikayət", "обжаловать", "appeal");
    static final Expansion LOST = new Expansion("itirmişəm", "потерял", "lost");
    static final Expansion BAN = new Expansion("qadağa", "запрет", "ban");
    static final Expansion EXAM = new Expansion("imtahan", "экзамен", "exam test");
    static final Expansion DRIVING_LICENCE =
        new Expansion("sürücülük vəsiqəsi", "водительское удостоверение", "driving licence");
    static final Expansion SPOUSE = new Expansion("həyat yoldaşı ailə", "супруг семья", "spouse family");
    static final Expansion LAWYER =
        new Expansion("vəkil hüquqi yardım", "адвокат юридическая помощь", "lawyer legal aid");
    static final Expansion FORCED_LABOUR =
        new Expansion("məcburi əmək insan alveri", "принудительный труд торговля людьми", "forced labour trafficking");
    static final Expansion WITHOUT_PERMIT = new Expansion("icazəsiz", "без разрешения", "without permit");

    public String in(Language language) {
      return switch (language) {
        case AZ -> az;
        case RU -> ru;
        case EN -> en;
      };
    }
  }

  private static final Expansion ASAN =
      new Expansion("ASAN xidmət", "ASAN xidmət", "ASAN service");
  private static final Expansion EVISA =
      new Expansion("ASAN Viza elektron viza", "электронная виза ASAN Visa", "ASAN Visa electronic visa e-visa");
  private static final Expansion OVERSTAY = new Expansion("icazə verilən müddətdən artıq qalmaq",
      "остался дольше разрешённого срока просрочил", "stayed longer than allowed overstay");

  /**
   * Triggers (lower case, matched as whole words; one ending in {@code *} as the start of a word) and their
   * expansions: these, the Turkish ones of {@link TurkishWords} and the Ukrainian ones of {@link UkrainianWords}.
   */
  private static final Map<String, Expansion> TRIGGERS = merged(merged(TurkishWords.TRIGGERS, UkrainianWords.TRIGGERS),
      Map.ofEntries(
          Map.entry("внж", Expansion.TRP), Map.entry("vnj", Expansion.TRP), Map.entry("vnzh", Expansion.TRP), Map.entry("vnz", Expansion.TRP),
          Map.entry("miv", Expansion.TRP), Map.entry("mүv", Expansion.TRP), Map.entry("myi", Expansion.TRP), Map.entry("myı", Expansion.TRP),
          Map.entry("mіv", Expansion.TRP), Map.entry("trp", Expansion.TRP), Map.entry("вид на жительство", Expansion.TRP),
          Map.entry("vid na zhitelstvo", Expansion.TRP), 
          Map.entry("ikamet", Expansion.TRP), Map.entry("residence card", Expansion.TRP),
          Map.entry("пмж", Expansion.PRP), Map.entry("pmj", Expansion.PRP), Map.entry("pmzh", Expansion.PRP), Map.entry("dyi", Expansion.PRP),
          Map.entry("dyі", Expansion.PRP), Map.entry("daimi yaşama", Expansion.PRP), Map.entry("daimi yasama", Expansion.PRP),
          Map.entry("даими јашама", Expansion.PRP), Map.entry("дајми јашама", Expansion.PRP), Map.entry("даими яшама", Expansion.PRP),
          Map.entry("müvəqqəti yaşama", Expansion.TRP), Map.entry("muveqqeti yasama", Expansion.TRP), Map.entry("мүвәггәти јашама", Expansion.TRP),
          Map.entry("is icazesi", Expansion.WORK_PERMIT), Map.entry("prp", Expansion.PRP), Map.entry("kalıcı oturum", Expansion.PRP),
          Map.entry("süresiz ikamet", Expansion.PRP), Map.entry("permanent residency", Expansion.PRP),
          Map.entry("рабочая виза", Expansion.WORK_PERMIT), Map.entry("rabochaya viza", Expansion.WORK_PERMIT),
          Map.entry("work visa", Expansion.WORK_PERMIT), Map.entry("ish icazesi", Expansion.WORK_PERMIT),
          Map.entry("прописка", Expansion.REGISTRATION), Map.entry("прописку", Expansion.REGISTRATION),
          Map.entry("прописки", Expansion.REGISTRATION), Map.entry("propiska", Expansion.REGISTRATION),
          Map.entry("propisku", Expansion.REGISTRATION), Map.entry("registr", Expansion.REGISTRATION), Map.entry("qeydiyat", Expansion.REGISTRATION),
          Map.entry("гмс", Expansion.SMS), Map.entry("gms", Expansion.SMS), Map.entry("dmx", Expansion.SMS), Map.entry("миграционка", Expansion.SMS),
          Map.entry("миграционную", Expansion.SMS), Map.entry("migrasiya", Expansion.SMS), Map.entry("miqrasiya", Expansion.SMS),
          // Not the Latin "asan": it is also the Azerbaijani word for "easy", and the question's own word already
          // finds the ASAN entry; expanding it made "registration — do I go to ASAN?" answer with the ASAN entry.
          Map.entry("асан", ASAN),
          Map.entry("viza uzatma", Expansion.EXTENSION), Map.entry("vizani uzatmaq", Expansion.EXTENSION),
          Map.entry("продление визы", Expansion.EXTENSION), Map.entry("продлить визу", Expansion.EXTENSION),
          Map.entry("prodlit vizu", Expansion.EXTENSION), Map.entry("extend visa", Expansion.EXTENSION),
          Map.entry("extend my visa", Expansion.EXTENSION), Map.entry("visa extension", Expansion.EXTENSION),
          Map.entry("депортация", Expansion.EXPULSION), Map.entry("депортируют", Expansion.EXPULSION),
          Map.entry("deportasiya", Expansion.EXPULSION), Map.entry("deport", Expansion.EXPULSION),
          Map.entry("паспорт азербайджана", Expansion.CITIZENSHIP), Map.entry("vetendashliq", Expansion.CITIZENSHIP),
          Map.entry("sığınma", Expansion.REFUGEE),
          Map.entry("evisa", EVISA), Map.entry("e-visa", EVISA), Map.entry("asan viza", EVISA),
          Map.entry("asan visa", EVISA), Map.entry("elektron viza", EVISA), Map.entry("электронная виза", EVISA),
          Map.entry("e-виза", EVISA), Map.entry("евиза", EVISA), Map.entry("docs", Expansion.DOCUMENTS),
          Map.entry("paperwork", Expansion.DOCUMENTS), Map.entry("papers", Expansion.DOCUMENTS), Map.entry("доки", Expansion.DOCUMENTS),
          Map.entry("bumaqlar", Expansion.DOCUMENTS), Map.entry("price", Expansion.FEE), Map.entry("how much", Expansion.FEE),
          Map.entry("скока", Expansion.FEE), Map.entry("сколько стоит", Expansion.FEE), Map.entry("skolko stoit", Expansion.FEE),
          Map.entry("neçəyədir", Expansion.FEE), Map.entry("neceyedir", Expansion.FEE), Map.entry("ne qeder pul", Expansion.FEE),
          Map.entry("renew", Expansion.RENEW), Map.entry("renewal", Expansion.RENEW), Map.entry("продлить", Expansion.RENEW),
          Map.entry("prodlit", Expansion.RENEW), Map.entry("uzatmaq", Expansion.RENEW), Map.entry("uzatmag", Expansion.RENEW),
          // The noun "просрочка" stems apart from the FAQ's "просрочил"; people say both.
          Map.entry("просрочка", OVERSTAY), Map.entry("просрочку", OVERSTAY), Map.entry("просрочки", OVERSTAY),
          Map.entry("просрочкой", OVERSTAY), Map.entry("prosrochka", OVERSTAY), Map.entry("prosrochku", OVERSTAY),
          Map.entry("пересидел", OVERSTAY), Map.entry("peresidel", OVERSTAY), Map.entry("перебыл", OVERSTAY),
          Map.entry("perebyl", OVERSTAY),
          // Colloquial "постоянка" for the PRP, and the SIM card in the Russian words people mix into Azerbaijani.
          Map.entry("постоянка", Expansion.PRP), Map.entry("постоянку", Expansion.PRP), Map.entry("постоянки", Expansion.PRP),
          Map.entry("postoyanka", Expansion.PRP), Map.entry("postoyanku", Expansion.PRP),
          Map.entry("симка", Expansion.SIM_CARD), Map.entry("симку", Expansion.SIM_CARD), Map.entry("симкарт", Expansion.SIM_CARD),
          Map.entry("симкарта", Expansion.SIM_CARD), Map.entry("симкарту", Expansion.SIM_CARD), Map.entry("simka", Expansion.SIM_CARD),
          Map.entry("simku", Expansion.SIM_CARD), Map.entry("simkart", Expansion.SIM_CARD)));

  private static Map<String, Expansion> merged(Map<String, Expansion> a, Map<String, Expansion> b) {
    Map<String, Expansion> all = new HashMap<>(a);
    b.forEach((key, value) -> {
      if (all.put(key, value) != null) {
        throw new IllegalStateException("trigger '" + key + "' defined twice");
      }
    });
    for (String key : all.keySet()) {
      if (key.indexOf('*') >= 0 && key.indexOf('*') != key.length() - 1) {
        throw new IllegalStateException("trigger '" + key + "': '*' only works at the end of a trigger");
      }
    }
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
