package az.council.helpdesk.search;

import static az.council.helpdesk.search.Synonyms.Expansion.APPEAL;
import static az.council.helpdesk.search.Synonyms.Expansion.BAN;
import static az.council.helpdesk.search.Synonyms.Expansion.CANCEL;
import static az.council.helpdesk.search.Synonyms.Expansion.DRIVING_LICENCE;
import static az.council.helpdesk.search.Synonyms.Expansion.EMPLOYER;
import static az.council.helpdesk.search.Synonyms.Expansion.EXAM;
import static az.council.helpdesk.search.Synonyms.Expansion.FORCED_LABOUR;
import static az.council.helpdesk.search.Synonyms.Expansion.LAWYER;
import static az.council.helpdesk.search.Synonyms.Expansion.LOST;
import static az.council.helpdesk.search.Synonyms.Expansion.PERIOD;
import static az.council.helpdesk.search.Synonyms.Expansion.REFUSAL;
import static az.council.helpdesk.search.Synonyms.Expansion.SPOUSE;
import static az.council.helpdesk.search.Synonyms.Expansion.WITHOUT_PERMIT;

import az.council.helpdesk.search.Synonyms.Expansion;
import java.util.Map;

/**
 * Turkish migration words and the Azerbaijani (and Russian, English) terms the FAQ uses for them. Turkish
 * citizens were an eighth of the Council's visitors in 2022 and write Turkish, which the bot reads as
 * Azerbaijani: close enough for the language, not for the vocabulary ("başvuru" is "müraciət", "oturma izni"
 * is "yaşama icazəsi", "işveren" is "işəgötürən"), so before these a Turkish question was mostly "out of scope".
 * A key ending in {@code *} matches every word that starts with it ("başvur*": başvuru, başvurdum,
 * başvurmalıyım); each is given with and without Turkish letters, as people type on phones without them.
 */
final class TurkishWords {
  private TurkishWords() {}

  private static final Expansion APPLY = new Expansion("müraciət", "подать заявление", "apply application");
  private static final Expansion FEE = new Expansion("rüsum", "пошлина", "fee");
  private static final Expansion CONSULATE = new Expansion("konsulluq səfirlik", "консульство посольство", "consulate embassy");
  private static final Expansion PASSPORT = new Expansion("pasport", "паспорт", "passport");
  private static final Expansion FOREIGNER = new Expansion("əcnəbi", "иностранец", "foreigner");
  private static final Expansion SCHOOL = new Expansion("məktəb", "школа", "school");
  private static final Expansion CHILD = new Expansion("uşaq", "ребёнок", "child");
  private static final Expansion RIGHTS = new Expansion("hüquqlar", "права", "rights");
  private static final Expansion FINE = new Expansion("cərimə", "штраф", "fine");
  private static final Expansion EXEMPT = new Expansion("tələb olunmur", "не требуется", "exempt not required");
  private static final Expansion INVESTMENT = new Expansion("investisiya", "инвестиции", "investment");
  private static final Expansion STAY = new Expansion("olma müddəti", "пребывание", "stay");
  private static final Expansion EMERGENCY = new Expansion("təcili", "экстренный", "emergency");
  private static final Expansion WORK = new Expansion("işləmək", "работать", "work");
  private static final Expansion ABROAD = new Expansion("xaricə xaricdə", "за границу", "abroad");
  private static final Expansion COUNTRY = new Expansion("ölkə", "страна", "country");
  private static final Expansion DECISION = new Expansion("qərar", "решение", "decision");
  private static final Expansion STAGES = new Expansion("mərhələlər", "этапы", "stages steps");
  private static final Expansion GUEST = new Expansion("qonaq", "гость", "guest");

  static final Map<String, Expansion> TRIGGERS = Map.ofEntries(
      Map.entry("başvur*", APPLY), Map.entry("basvur*", APPLY), Map.entry("dilekçe*", APPLY),
      Map.entry("dilekce*", APPLY),
      Map.entry("işveren*", EMPLOYER), Map.entry("isveren*", EMPLOYER), Map.entry("patron*", EMPLOYER),
      Map.entry("harç*", FEE), Map.entry("harc*", FEE), Map.entry("ücret*", FEE), Map.entry("ucret*", FEE),
      Map.entry("evrak*", Expansion.DOCUMENTS), Map.entry("belge*", Expansion.DOCUMENTS),
      Map.entry("süre*", PERIOD), Map.entry("suresi", PERIOD), Map.entry("suremi", PERIOD),
      Map.entry("uzat*", Expansion.RENEW),
      Map.entry("mülteci*", Expansion.REFUGEE), Map.entry("multeci*", Expansion.REFUGEE), Map.entry("iltica*", Expansion.REFUGEE),
      Map.entry("sığınmacı*", Expansion.REFUGEE), Map.entry("siginmaci*", Expansion.REFUGEE),
      Map.entry("vatandaş*", Expansion.CITIZENSHIP), Map.entry("vatandas*", Expansion.CITIZENSHIP),
      Map.entry("oturma izn*", Expansion.TRP), Map.entry("oturum izn*", Expansion.TRP), Map.entry("ikamet izn*", Expansion.TRP),
      Map.entry("ikamet kart*", Expansion.TRP), Map.entry("geçici ikamet", Expansion.TRP), Map.entry("gecici ikamet", Expansion.TRP),
      Map.entry("daimi oturma izn*", Expansion.PRP), Map.entry("daimi oturum*", Expansion.PRP), Map.entry("daimi ikamet*", Expansion.PRP),
      Map.entry("iş izn*", Expansion.WORK_PERMIT), Map.entry("is izn*", Expansion.WORK_PERMIT), Map.entry("çalışma izn*", Expansion.WORK_PERMIT),
      Map.entry("calisma izn*", Expansion.WORK_PERMIT),
      Map.entry("adres kayd*", Expansion.REGISTRATION), Map.entry("adres bildirim*", Expansion.REGISTRATION),
      Map.entry("kayıt", Expansion.REGISTRATION), Map.entry("kayit", Expansion.REGISTRATION),
      Map.entry("konsolosluğ*", CONSULATE), Map.entry("konsolosluk*", CONSULATE), Map.entry("konsoloslug*", CONSULATE),
      Map.entry("büyükelçilik*", CONSULATE), Map.entry("buyukelcilik*", CONSULATE),
      Map.entry("pasaport*", PASSPORT),
      Map.entry("yabancı*", FOREIGNER), Map.entry("yabanci*", FOREIGNER),
      Map.entry("ehliyet*", DRIVING_LICENCE),
      Map.entry("okul*", SCHOOL), Map.entry("çocu*", CHILD), Map.entry("cocu*", CHILD),
      Map.entry("iptal*", CANCEL),
      Map.entry("reddedil*", REFUSAL), Map.entry("reddetti*", REFUSAL), Map.entry("ret aldı*", REFUSAL),
      Map.entry("ret aldi*", REFUSAL),
      Map.entry("itiraz*", APPEAL),
      Map.entry("haklar*", RIGHTS), Map.entry("hakkım", RIGHTS), Map.entry("hakkim", RIGHTS),
      Map.entry("ceza", FINE), Map.entry("cezası", FINE), Map.entry("cezasi", FINE), Map.entry("para cezası", FINE),
      Map.entry("kaybet*", LOST), Map.entry("kaybol*", LOST),
      Map.entry("yasak*", BAN), Map.entry("yasağ*", BAN), Map.entry("yasag*", BAN),
      Map.entry("sınav*", EXAM), Map.entry("sinav*", EXAM),
      Map.entry("muaf*", EXEMPT),
      Map.entry("yatırım*", INVESTMENT), Map.entry("yatirim*", INVESTMENT),
      Map.entry("sınır dışı", Expansion.EXPULSION), Map.entry("sinir disi", Expansion.EXPULSION),
      Map.entry("eşim", SPOUSE), Map.entry("esim", SPOUSE), Map.entry("eşimle", SPOUSE), Map.entry("esimle", SPOUSE),
      Map.entry("kalış*", STAY), Map.entry("kalis*", STAY),
      Map.entry("acil*", EMERGENCY), Map.entry("ambulans*", EMERGENCY),
      Map.entry("avukat*", LAWYER), Map.entry("hukuki yardım", LAWYER), Map.entry("hukuki yardim", LAWYER),
      Map.entry("zorla çalış*", FORCED_LABOUR), Map.entry("zorla calis*", FORCED_LABOUR),
      Map.entry("izinsiz", WITHOUT_PERMIT), Map.entry("kaçak çalış*", WITHOUT_PERMIT), Map.entry("kacak calis*", WITHOUT_PERMIT),
      Map.entry("çalışabilir*", WORK), Map.entry("calisabilir*", WORK), Map.entry("çalışıyor*", WORK),
      Map.entry("calisiyor*", WORK), Map.entry("çalışırsam", WORK), Map.entry("calisirsam", WORK),
      Map.entry("kayıtsız", Expansion.REGISTRATION), Map.entry("kayitsiz", Expansion.REGISTRATION), Map.entry("kaydını", Expansion.REGISTRATION),
      Map.entry("kaydini", Expansion.REGISTRATION), Map.entry("kaydı", Expansion.REGISTRATION), Map.entry("kaydi", Expansion.REGISTRATION),
      Map.entry("kaydol*", Expansion.REGISTRATION), Map.entry("kaydedil*", Expansion.REGISTRATION),
      Map.entry("yurt dışı*", ABROAD), Map.entry("yurt disi*", ABROAD), Map.entry("yurtdışı*", ABROAD),
      Map.entry("yurtdisi*", ABROAD),
      Map.entry("ülke*", COUNTRY), Map.entry("ulke*", COUNTRY),
      Map.entry("karar*", DECISION), Map.entry("aşama*", STAGES), Map.entry("asama*", STAGES),
      Map.entry("misafir*", GUEST));
}
