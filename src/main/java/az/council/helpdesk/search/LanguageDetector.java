package az.council.helpdesk.search;

import az.council.helpdesk.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a short chat message. Off-the-shelf detectors fail on exactly what this bot sees:
 * ten-word questions, Azerbaijani without diacritics (looks like English or Turkish), Russian in Latin
 * letters, Azerbaijani in Cyrillic. So it votes with cheap, explainable evidence: the script, letters only
 * Azerbaijani has, and function words and endings of each language after folding. Anything unsupported
 * (Turkish, Uzbek, Persian…) falls to the closest supported language or the caller's fallback.
 */
public final class LanguageDetector {
  /** Words that are very common in chat questions, folded the way {@link AzerbaijaniFoldingFilter} folds. */
  private static final Set<String> AZ_WORDS =
      words(
          "ve", "ucun", "nece", "necedir", "ne", "nedir", "neye", "niye", "men", "mene", "menim", "meni", "biz",
          "bizim", "siz", "sizin", "var", "yox", "olar", "olarmi", "olmaz", "lazim", "lazimdir", "harada", "hara",
          "harda", "haraya", "qeydiyyat", "qeydiyyatdan", "icaze", "icazesi", "icazesini", "vetendas",
          "vetendasi", "vetendasliq", "vetendasligi", "yasamaq", "yasayiram", "yasayis", "almaq", "alim",
          "ala", "bilerem", "bilmirem", "edim", "etmek", "etmeliyem", "olmaq", "oldu", "olub", "kimi", "ile",
          "bu", "salam", "sagol", "sag", "olun", "zehmet", "olmasa", "xahis", "edirem", "isleyirem", "islemek",
          "is", "isci", "gun", "gune", "gunde", "gundur", "ay", "il", "qeder", "muddet", "muddeti", "uzatmaq",
          "uzatma", "cerime", "cerimesi", "pul", "qiymeti", "nece", "gel", "gelmisem", "gelib", "qalmaq",
          "qalmisam", "qaldim", "yoxdur", "vardir", "lazimdi", "hansi", "senedler", "sened", "senedleri",
          "pasport", "pasportu", "pasportumu", "ailem", "usaq", "usagim", "heyat", "yoldasim", "arvadim",
          "erim", "mekteb", "xaricde", "olke", "olkeye", "olkeden", "daimi", "muveqqeti", "miqrasiya",
          "xidmeti", "xidmet", "asan", "bank", "hesab", "acmaq", "ucundur", "bilmek", "istiyirem", "isteyirem",
          "istirem", "deyil", "amma", "lakin", "yene", "hec", "bele", "eger", "sonra", "evvel", "indi", "artiq",
          "bes", "onda", "niye", "nie", "kec", "kecmek", "verir", "verilir", "verile", "gore", "uzre", "qacqin",
          "siginacaq", "emek", "muqavile", "islemirem", "qalir", "getmek", "getmeliyem", "cixmaq", "girmek", "bir",
          "de", "dedi", "deyir", "deyirler", "dediler", "vermir", "vermirler", "usta", "patron", "sen",
          "onun", "ona", "burda", "orda", "cox", "yaxsi", "qorxuram", "kimse", "hamisi");

  private static final Set<String> EN_WORDS =
      words(
          "the", "is", "are", "am", "i", "my", "me", "to", "how", "what", "can", "do", "does", "for", "a", "an",
          "of", "in", "on", "where", "when", "who", "which", "why", "get", "need", "have", "has", "with", "and",
          "or", "it", "this", "that", "if", "will", "should", "must", "much", "many", "long", "stay", "work",
          "permit", "residence", "register", "registration", "visa", "citizenship", "passport", "apply", "help",
          "please", "hello", "hi", "want", "you", "your", "there", "from", "without", "after", "before", "days",
          "cost", "fee", "fine", "not", "don't", "dont", "i'm", "im", "wife", "husband", "child", "kids", "job",
          "employer", "lost", "be", "was", "got", "am", "at", "by", "any", "so", "still", "now", "they", "we");

  private static final Set<String> RU_TRANSLIT_WORDS =
      words(
          "kak", "chto", "shto", "gde", "mne", "nuzhno", "nujno", "nado", "mozhno", "mojno", "skolko", "dlya",
          "dla", "na", "po", "ya", "u", "menya", "mena", "est", "net", "eto", "kogda", "pochemu", "razreshenie",
          "razreshenia", "registraciya", "registracia", "registratsiya", "registratsia", "vnzh", "vnj", "pmzh",
          "pmj", "rabota", "rabotu", "rabotat", "prodlit", "prodlenie", "grazhdanstvo", "grajdanstvo",
          "propiska", "propisku", "zdravstvuyte", "privet", "pomogite", "spasibo", "esli", "ili", "a", "no",
          "kuda", "kto", "moy", "moya", "moi", "zhena", "muzh", "rebenok", "deti", "dokumenty", "pasport",
          "shtraf", "srok", "dney", "dnei", "vizu", "viza", "bez", "uzhe", "eshe", "eshche", "budet", "mogu",
          "hochu", "khochu", "zhit", "zhitelstvo", "vid", "iz", "v", "s", "k", "ne", "nu", "tut", "zdes");

  /**
   * Ukrainian typed in Latin letters ("yak otrymaty posvidku"): read as Russian, the closest language the bot
   * answers in, as Ukrainian in Cyrillic is. Words that are also Azerbaijani or English ("de", "mene") are left out.
   */
  private static final Set<String> UK_TRANSLIT_WORDS =
      words(
          "yak", "shcho", "scho", "meni", "potribno", "treba", "skilky", "dlia", "chy", "tse", "koly", "chomu",
          "dozvil", "posvidka", "posvidku", "posvidky", "hromadianstvo", "hromadyanstvo", "reiestratsiia",
          "reiestratsiiu", "reyestratsiya", "perebuvannia", "perebuvannya", "robotu", "robota", "pratsiuvaty",
          "ditei", "ditey", "dytyna", "dytynu", "mozhu", "dobryi", "dobroho", "dnia", "pidkazhit", "pidkazhy",
          "laska", "dyakuyu", "diakuiu", "zaraz", "vzhe", "tezh", "tilky", "nemaie", "nemaye", "otrymaty",
          "zrobyty", "mozhna", "tut", "nas", "vony", "mii", "moia", "moya", "yakshcho", "yaksho", "pislia");

  /**
   * Azerbaijani noun and verb endings that English and Russian words hardly have: infinitive, perfect,
   * copula, abstract nouns, plural, ablative, negative and plain present ("vermir", "isleyir"), "when"
   * ("isteyende"), future ("olduracaq", "oldurerik"), the accusative of a possession ("pulumu"). These and the
   * lists below are plain suffix lists, not ".*(a|b|…)" regexes: matching those backtracked through every
   * alternative at every letter, and was most of the detector's time.
   */
  private static final List<String> AZ_ENDINGS = List.of("maq", "mek", "mis", "dir", "dur", "liq", "lik", "luq",
      "yam", "yem", "iram", "irem", "siniz", "dan", "den", "lar", "ler", "mir", "mur", "yir", "yur", "ende", "anda",
      "erik", "ariq", "acaq", "ecek", "umu", "imi");
  private static final List<String> RU_TRANSLIT_ENDINGS =
      List.of("zh", "kh", "shch", "iya", "ost", "nie", "tsya", "tsa", "ogo", "ykh", "ye",
          "yty", "annia", "ennia", "iia"); // the last four Ukrainian: otrymaty's "yty", perebuvannia, reiestratsiia
  private static final List<String> EN_ENDINGS = List.of("tion", "ing", "ed", "ly", "ould");
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}'’]+");

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Result: the language, and whether the evidence was strong enough to switch a user's language. */
  public record Detection(Language language, boolean clear) {}

  public Detection detect(String text, Language fallback) {
    Map<Language, Double> score = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      score.put(language, 0.0);
    }
    int words = 0;
    for (String raw : WORDS.split(text)) {
      if (raw.isEmpty()) {
        continue;
      }
      words++;
      String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (isCyrillic(word)) {
        voteCyrillic(word, score);
      } else if (isLatin(word)) {
        voteLatin(word, score);
      }
    }
    Language best = fallback;
    double bestScore = 0;
    double second = 0;
    for (Map.Entry<Language, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    // One or two words ("ok", "spasibo") must not flip a user's language; a sentence with a clear lead may.
    boolean clear = words >= 4 && bestScore >= 3 && bestScore >= 2 * second;
    return new Detection(best, clear);
  }

  public Language detect(String text) {
    return detect(text, Language.EN).language();
  }

  private static void voteCyrillic(String word, Map<Language, Double> score) {
    if (word.chars().anyMatch(c -> "әғҹһјөүҝ".indexOf(c) >= 0)) {
      add(score, Language.AZ, 3);
      return;
    }
    String asAz = AzerbaijaniFoldingFilter.fold(Scripts.azCyrillicToLatin(word));
    boolean az = AZ_WORDS.contains(asAz);
    boolean ru = RussianStopWords.contains(word) || RussianStopWords.looksRussian(word);
    if (az && !ru) {
      add(score, Language.AZ, 1.5);
    } else if (ru && !az) {
      add(score, Language.RU, 1.5);
    } else {
      // Cyrillic without further evidence is far more often Russian.
      add(score, Language.RU, 0.6);
    }
  }

  private static void voteLatin(String word, Map<Language, Double> score) {
    if (word.indexOf('ə') >= 0) {
      add(score, Language.AZ, 5);
      return;
    }
    if (word.chars().anyMatch(c -> "ığşçöü".indexOf(c) >= 0)) {
      // Turkish shares these letters; Azerbaijani is the closest supported language for Turkish speakers.
      add(score, Language.AZ, 2);
    }
    String folded = AzerbaijaniFoldingFilter.fold(word);
    if (AZ_WORDS.contains(folded)) {
      add(score, Language.AZ, 1.5);
    }
    if (EN_WORDS.contains(word)) {
      add(score, Language.EN, 1.5);
    }
    if (RU_TRANSLIT_WORDS.contains(word) || UK_TRANSLIT_WORDS.contains(word)) {
      add(score, Language.RU, 1.5);
    }
    if (endsWithAny(folded, AZ_ENDINGS) && folded.length() > 4) {
      add(score, Language.AZ, 0.5);
    }
    if (hasQNotBeforeU(folded) || (folded.indexOf('x') > 0 && !folded.startsWith("ex"))) {
      add(score, Language.AZ, 0.7);
    }
    if (endsWithAny(word, RU_TRANSLIT_ENDINGS)) {
      add(score, Language.RU, 0.6);
    }
    if ((endsWithAny(word, EN_ENDINGS) || word.startsWith("th") || word.startsWith("wh")) && word.length() > 3) {
      add(score, Language.EN, 0.6);
    }
  }

  private static boolean endsWithAny(String word, List<String> endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** A "q" that is not part of "qu" (Azerbaijani "qeydiyyat", not English "question"). */
  private static boolean hasQNotBeforeU(String word) {
    for (int i = word.indexOf('q'); i >= 0; i = word.indexOf('q', i + 1)) {
      if (i == word.length() - 1 || word.charAt(i + 1) != 'u') {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<Language, Double> score, Language language, double amount) {
    score.merge(language, amount, Double::sum);
  }

  private static boolean isCyrillic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isLatin(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
  }
}
