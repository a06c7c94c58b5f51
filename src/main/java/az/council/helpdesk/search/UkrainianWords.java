package az.council.helpdesk.search;

import static az.council.helpdesk.search.Synonyms.Expansion.APPEAL;
import static az.council.helpdesk.search.Synonyms.Expansion.BAN;
import static az.council.helpdesk.search.Synonyms.Expansion.CANCEL;
import static az.council.helpdesk.search.Synonyms.Expansion.DRIVING_LICENCE;
import static az.council.helpdesk.search.Synonyms.Expansion.EMPLOYER;
import static az.council.helpdesk.search.Synonyms.Expansion.EXAM;
import static az.council.helpdesk.search.Synonyms.Expansion.EXTENSION;
import static az.council.helpdesk.search.Synonyms.Expansion.FEE;
import static az.council.helpdesk.search.Synonyms.Expansion.FORCED_LABOUR;
import static az.council.helpdesk.search.Synonyms.Expansion.LAWYER;
import static az.council.helpdesk.search.Synonyms.Expansion.LOST;
import static az.council.helpdesk.search.Synonyms.Expansion.PERIOD;
import static az.council.helpdesk.search.Synonyms.Expansion.REFUSAL;
import static az.council.helpdesk.search.Synonyms.Expansion.SIM_CARD;
import static az.council.helpdesk.search.Synonyms.Expansion.SMS;
import static az.council.helpdesk.search.Synonyms.Expansion.SPOUSE;
import static az.council.helpdesk.search.Synonyms.Expansion.WITHOUT_PERMIT;

import az.council.helpdesk.search.Synonyms.Expansion;
import java.util.Map;

/**
 * Ukrainian migration words and the terms the FAQ uses for them. Ukrainians were the largest group the Council
 * advised in 2022 (58 of some 145 people), and many write Ukrainian, which the bot reads as Russian, the
 * closest language it answers in: the grammar is near, the official words are not ("посвідка на проживання"
 * is "разрешение на проживание", "дозвіл на роботу" is "разрешение на работу", "громадянство" is
 * "гражданство"), so before these most Ukrainian questions were "out of scope". A key ending in {@code *}
 * matches every word that starts with it; keys are given with the Ukrainian letters and as typed on a Russian
 * keyboard (и for і, е for є). Words that begin as in Russian ("школа", "квартира", "депортація")
 * are left to the Russian analyser.
 */
final class UkrainianWords {
  private UkrainianWords() {}

  private static final Expansion STAY = new Expansion("olma müddəti", "пребывание срок пребывания", "stay");
  private static final Expansion CHILD = new Expansion("uşaq", "ребёнок дети", "child children");
  private static final Expansion HIGHLY_QUALIFIED =
      new Expansion("yüksək ixtisaslı", "высококвалифицированный", "highly qualified");
  private static final Expansion FREE = new Expansion("pulsuz", "бесплатно", "free");
  private static final Expansion ENTRY = new Expansion("ölkəyə giriş", "въезд", "entry");
  private static final Expansion LANGUAGE = new Expansion("dil", "язык", "language");
  private static final Expansion ACCOUNT = new Expansion("bank hesabı", "банковский счёт", "bank account");
  private static final Expansion HEALTH = new Expansion("tibbi sığorta həkim", "медицинская страховка врач", "health insurance doctor");
  private static final Expansion STUDY = new Expansion("təhsil tələbə", "учёба студент", "study student");
  private static final Expansion LEAVE = new Expansion("ölkədən çıxmaq", "выезд", "leave the country");
  private static final Expansion RETURN = new Expansion("qayıdış", "возвращение", "return");
  private static final Expansion VISA = new Expansion("viza", "виза", "visa");
  private static final Expansion VISA_FREE = new Expansion("vizasız", "безвизовый", "visa-free");
  private static final Expansion STATELESS = new Expansion("vətəndaşlığı olmayan şəxs", "лицо без гражданства", "stateless");
  private static final Expansion PUBLIC_COUNCIL = new Expansion("İctimai Şura", "Общественный совет", "Public Council");
  private static final Expansion EXPIRED = new Expansion("müddəti bitib", "истёк срок", "expired");
  private static final Expansion EMERGENCY = new Expansion("təcili", "экстренный скорая", "emergency ambulance");
  private static final Expansion HOUSING = new Expansion("yaşayış yeri mənzil", "жильё квартира", "housing flat");
  private static final Expansion READMISSION = new Expansion("readmissiya", "реадмиссия", "readmission");

  static final Map<String, Expansion> TRIGGERS = Map.ofEntries(
      // residence permits: "посвідка" alone is the temporary one, as people say it
      Map.entry("посвідк*", Expansion.TRP), Map.entry("посвидк*", Expansion.TRP), Map.entry("posvidk*", Expansion.TRP),
      Map.entry("тимчасове проживання", Expansion.TRP), Map.entry("тимчасового проживання", Expansion.TRP),
      Map.entry("тимчасове перебування", STAY), Map.entry("тимчасового перебування", STAY),
      Map.entry("постійне проживання", Expansion.PRP), Map.entry("постійного проживання", Expansion.PRP),
      Map.entry("постийне проживання", Expansion.PRP), Map.entry("постійну посвідку", Expansion.PRP),
      Map.entry("postiine prozhyv*", Expansion.PRP), Map.entry("postiinoho prozhyv*", Expansion.PRP),
      Map.entry("postiinu posvidk*", Expansion.PRP),
      Map.entry("пмп", Expansion.PRP), Map.entry("вид на проживання", Expansion.TRP),
      Map.entry("дозвіл на робот*", Expansion.WORK_PERMIT), Map.entry("дозволу на робот*", Expansion.WORK_PERMIT),
      Map.entry("дозвил на робот*", Expansion.WORK_PERMIT), Map.entry("дозволу на працевлаштування", Expansion.WORK_PERMIT),
      Map.entry("дозвіл на працевлаштування", Expansion.WORK_PERMIT), Map.entry("дозвіл на працю", Expansion.WORK_PERMIT),
      Map.entry("dozvil na robot*", Expansion.WORK_PERMIT), Map.entry("разрішення на робот*", Expansion.WORK_PERMIT),
      Map.entry("громадянств*", Expansion.CITIZENSHIP), Map.entry("hromadyanstv*", Expansion.CITIZENSHIP), Map.entry("hromadianstv*", Expansion.CITIZENSHIP),
      Map.entry("без громадянства", STATELESS),
      Map.entry("реєстрац*", Expansion.REGISTRATION), Map.entry("реестрац*", Expansion.REGISTRATION),
      Map.entry("зареєстр*", Expansion.REGISTRATION), Map.entry("зареестр*", Expansion.REGISTRATION),
      Map.entry("реєструв*", Expansion.REGISTRATION),
      Map.entry("рееструв*", Expansion.REGISTRATION), Map.entry("reiestrats*", Expansion.REGISTRATION),
      Map.entry("reyestrats*", Expansion.REGISTRATION),
      Map.entry("перебуванн*", STAY), Map.entry("perebuvann*", STAY),
      Map.entry("продовжити перебування", EXTENSION), Map.entry("продовження перебування", EXTENSION),
      Map.entry("продовж*", Expansion.RENEW), Map.entry("prodovzh*", Expansion.RENEW),
      Map.entry("біженц*", Expansion.REFUGEE), Map.entry("біженець", Expansion.REFUGEE), Map.entry("біженка", Expansion.REFUGEE),
      Map.entry("биженц*", Expansion.REFUGEE), Map.entry("притул*", Expansion.REFUGEE), Map.entry("прихист*", Expansion.REFUGEE),
      Map.entry("bizhen*", Expansion.REFUGEE),
      Map.entry("депорту*", Expansion.EXPULSION),
      Map.entry("видворен*", Expansion.EXPULSION), Map.entry("видворя*", Expansion.EXPULSION),
      Map.entry("роботодав*", EMPLOYER), Map.entry("работодав*", EMPLOYER), Map.entry("robotodav*", EMPLOYER),
      Map.entry("міграційн*", SMS), Map.entry("миграцийн*", SMS), Map.entry("дмс", SMS), Map.entry("mihratsiin*", SMS),
      Map.entry("скільки кошту*", FEE), Map.entry("скильки кошту*", FEE), Map.entry("скільки буде коштувати", FEE),
      Map.entry("вартість", FEE), Map.entry("вартисть", FEE), Map.entry("мито", FEE), Map.entry("skilky koshtu*", FEE),
      Map.entry("термін*", PERIOD), Map.entry("termin", PERIOD),
      Map.entry("дитин*", CHILD), Map.entry("діт*", CHILD), Map.entry("донька", CHILD), Map.entry("доньк*", CHILD),
      Map.entry("син", CHILD), Map.entry("сина", CHILD), Map.entry("синові", CHILD),
      Map.entry("скасов*", CANCEL), Map.entry("скасув*", CANCEL), Map.entry("анулюва*", CANCEL), Map.entry("анульова*", CANCEL),
      Map.entry("висококваліфікован*", HIGHLY_QUALIFIED), Map.entry("безкоштовн*", FREE),
      Map.entry("відмов*", REFUSAL), Map.entry("видмов*", REFUSAL), Map.entry("vidmov*", REFUSAL),
      Map.entry("оскарж*", APPEAL),
      Map.entry("загуби*", LOST), Map.entry("втрати*", LOST), Map.entry("втратив", LOST), Map.entry("вкрали", LOST),
      Map.entry("заборон*", BAN), Map.entry("в'їзд*", ENTRY), Map.entry("в’їзд*", ENTRY), Map.entry("вїзд*", ENTRY),
      Map.entry("іспит*", EXAM), Map.entry("испит*", EXAM), Map.entry("мовн*", LANGUAGE),
      Map.entry("азербайджанську мову", LANGUAGE), Map.entry("азербайджанської мови", LANGUAGE),
      Map.entry("азербайджанська мова", LANGUAGE),
      Map.entry("рахун*", ACCOUNT),
      Map.entry("лікар*", HEALTH), Map.entry("ликар*", HEALTH), Map.entry("медичн*", HEALTH),
      Map.entry("посвідчення водія", DRIVING_LICENCE), Map.entry("водійськ*", DRIVING_LICENCE),
      Map.entry("сім-карт*", SIM_CARD), Map.entry("сімк*", SIM_CARD), Map.entry("сімкарт*", SIM_CARD),
      Map.entry("дружин*", SPOUSE), Map.entry("чоловіком", SPOUSE), Map.entry("одружен*", SPOUSE), Map.entry("шлюб*", SPOUSE),
      Map.entry("навчанн*", STUDY), Map.entry("навча*", STUDY),
      Map.entry("виїзд*", LEAVE), Map.entry("виїхати", LEAVE), Map.entry("виїжджа*", LEAVE), Map.entry("выїхат*", LEAVE),
      Map.entry("повернен*", RETURN), Map.entry("повернут*", RETURN), Map.entry("повернувся", RETURN),
      Map.entry("юридичн*", LAWYER),
      Map.entry("торгівля людьми", FORCED_LABOUR), Map.entry("торгівлі людьми", FORCED_LABOUR), Map.entry("примусов*", FORCED_LABOUR),
      Map.entry("без дозволу", WITHOUT_PERMIT),
      Map.entry("візу", VISA), Map.entry("віза", VISA), Map.entry("візи", VISA), Map.entry("візою", VISA),
      Map.entry("безвіз*", VISA_FREE), Map.entry("громадська рада", PUBLIC_COUNCIL),
      Map.entry("громадської ради", PUBLIC_COUNCIL), Map.entry("громадську раду", PUBLIC_COUNCIL),
      Map.entry("закінчи*", EXPIRED), Map.entry("закинчи*", EXPIRED), Map.entry("прострочен*", EXPIRED),
      Map.entry("швидка допомога", EMERGENCY), Map.entry("швидку допомогу", EMERGENCY),
      Map.entry("швидкої допомоги", EMERGENCY), Map.entry("екстрен*", EMERGENCY),
      Map.entry("житл*", HOUSING), Map.entry("орендую", HOUSING),
      Map.entry("реадміс*", READMISSION));
}
