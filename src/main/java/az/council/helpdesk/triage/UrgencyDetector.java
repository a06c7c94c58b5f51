package az.council.helpdesk.triage;

import az.council.helpdesk.search.AzerbaijaniFoldingFilter;
import az.council.helpdesk.search.Scripts;
import az.council.helpdesk.search.Synonyms;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds messages where a person must take over now, in all three languages and their messy spellings.
 * Rules are patterns over three views of the text: lower case, Azerbaijani-folded (so "saxlanılmışam" and
 * "saxlanilmisam" match one rule) and Cyrillic read as Azerbaijani. Recall comes first: a missed detention is
 * far worse than a member reading one message too many; the dev set keeps false alarms under 5 %.
 * Descriptions of one's own situation are urgent; questions about the rules in general are not.
 */
public final class UrgencyDetector {
  private record Rule(Urgency urgency, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          rule(Urgency.SELF_HARM,
              "kill myself|suicid|end(ing)? my life|want to die|wanna die|(don'?t|do not) want to live|hurt myself|self[- ]?harm"
                  + "|no reason to live|take my (own )?life|покончить с собой|суицид|самоубий|не хочу (больше )?жить|не хочется (больше )?жить"
                  + "|хочу умереть|убить себя|ne hochu zhit|pokonchit s soboi|pokonchit s soboy|intihar|ozumu oldur"
                  + "|olmek ist|yasamaq ist(e|i)mir|ozume qesd|canima qesd|heyatima son"),
          rule(Urgency.VIOLENCE,
              "\\b(beats?|beaten|beating|hits?|hitting|hurts?|hurting|touch(es|ing)?|threaten(s|ed|ing)?|harass(es|ed|ing)?) me\\b|abus(e|ed|ing|ive)|\\brap(e|ed)\\b|violence|violent|scared to (stay|go home|sleep)"
                  + "|attack(ed|s)? me|(меня|нас|жену|мужа|ребенка|детей|сестру) (бь[её]т|бьют|избива\\S*)|(бь[её]т|бьют|избива\\S*) (меня|нас)"
                  + "|избил|насили|изнасил|ударил|издевают|izbil|nasili|meni (doyur|vurur|vurdu|doydu|doyub)"
                  + "|(doyur|vurur|vurdu|doydu|doyub)\\S* meni|doyulur|zorakilig|zorakiliq|tecavuz|incidir"),
          rule(Urgency.TRAFFICKING,
              "trafficked|victim of (human )?trafficking|trafficking victim|forced? (me |us )?to work|sold me|(can'?t|cannot|not allowed to) leave (the|this|my)"
                  + "|locked (me|us)|\\bslave|жертв\\S* торговл|(меня|нас) продали|заставля\\S* работать|не выпуска|заперл|продали|рабств"
                  + "|zastavl\\S* rabotat|ne vypuska|insan alver\\S* qurban|mecburi isle|zorla isl|satdilar|bagladilar|cixmaga (qoymur|icaze vermir)"
                  + "|buraxmirlar|buraxmir"),
          rule(Urgency.CHILD_ALONE,
              "(child|kid|boy|girl|son|daughter|minor)\\S*( is| was| are)?( left)? (alone|by (him|her)self|without (parents|adults|anyone))"
                  + "|unaccompanied|lost (a |my )?(child|kid)|alone child|реб[её]н\\S*.{0,30}(один|одна|одни|без родител)|оставили одн|(сын|дочь|дочку)\\S*.{0,40}(один|одна)\\b"
                  + "|дет\\S* (одни|без родител)|потерял\\S* реб|без взрослых|usaq\\S*.{0,30}(tek|tenha|valideynsiz|valideyni yox)"
                  + "|azyasli.{0,20}tek|usaq itib|itkin usaq|tek usaq|usaq.{0,40}valideyn\\S* yox"),
          rule(Urgency.DETENTION,
              "detain|detention cent|in detention|\\barrest|in custody|police (took|take|have|holding|are holding|station)|locked up|\\bjail|\\bprison"
                  + "|taken by (the )?police|задерж|арест|в полиции|забрали в полиц|полиция забрала|в участке|в тюрьм|изолятор"
                  + "|центр содержания|zaderzh|arestov|v policii|saxlanil|saxladilar|saxlayiblar|hebs|polis apardi|polis tut"
                  + "|tutdular|tutublar|polisde|polis bolmes|tutulmus|polis\\S* .{0,25}(saxla|tutub|tutdu|apardi)"),
          rule(Urgency.DEPORTATION,
              "deportation order|expulsion order|(deport|deporting|expel|expelling) (me|us|my)|being deported|(will|going to|gonna) be deported|deported (tomorrow|today|tonight)|(got|received|given|gave me|have) (a |an )?(deportation|expulsion)"
                  + "|ordered to leave|expelled|решение о (депорт|выдвор)|выдворя|выдворени|депортир\\S* (меня|нас|мужа|жену)"
                  + "|меня депорт|хотят депорт|нас депорт|deportiru|vydvor|deport (edirler|edecekler|olunuram|qerari)"
                  + "|deportasiya qerar|meni deport|bizi deport|olkeden cixar\\S*(lar|acaq|ecek|ir)|cixarilma qerar|deport qerar"),
          rule(Urgency.PASSPORT_TAKEN,
              "(took|taken|take|keeps?|keeping|holding|holds|confiscated|won'?t (give|return)|refuses? to (give|return)).{0,25}my passport"
                  + "|my passport.{0,30}(taken|confiscated|kept|held|holding|keeping)|(забрал|отобрал|не отда|не возвращ|удерживает|держит у себя)\\S*.{0,30}паспорт"
                  + "|паспорт.{0,30}(забрал|отобрал|не отда|не возвращ)|(zabral|otobral|ne otda).{0,25}pasport|pasport.{0,20}(zabral|otobral)"
                  + "|pasportum\\S*.{0,30}(al(d|ib)|gotur|vermir|qaytarmir|saxla|elinde)|(goturub|aldi|aldilar|saxlayir).{0,20}pasportum"),
          rule(Urgency.HUMAN_REQUEST,
              "(talk|speak|chat|connect me) (to|with) (a |an |the )?(human|person|real person|someone|somebody|operator|agent|member|consultant|lawyer)"
                  + "|real (person|human)|human please|(need|want|get) (a |an )?(human|operator|live agent)|human operator"
                  + "|(don'?t|do not) want (a |the |to talk to a )?bot|not (with )?a bot|live agent"
                  + "|живой человек|живым человеком|не с ботом|с человеком"
                  + "|(соедин|позов|дайте|нужен|хочу)\\S*( с)? [ао]ператор|[ао]ператор\\S* (пожалуйста|нужен|срочно)"
                  + "|(поговорить|связаться|соедините)\\S*.{0,20}(консультант|человек|специалист|юрист|кем-то)"
                  + "|mozhno operatora|zhivo\\S* chelovek|s chelovekom|insanla danis|canli (insan|adam|biri)|adamla danis"
                  + "|emekdasla danis|mutexessisle danis|biri ile danis|kimse ile danis|real insan|uzvle danis|konsultantla"
                  + "|operator(la|a|u)? (danis|lazim|isteyir|istiyir|ver)|(isci|emekdas|insan|adam) cavab versin"
                  + "|bot(la|a)? (yazmaqdan|danismaqdan) yoruldum"));

  private static final Pattern UNPAID =
      Pattern.compile("(not|n'?t|never|no) (been )?(paid|pay)|unpaid|salary|wages|не плат|не заплат|не выплач|зарплат|zarplat"
          + "|maas|pulumu vermir|odemir|pul vermir");
  private static final Pattern THREAT =
      Pattern.compile("threat|if i complain|call the police on|deport me|угрож|грози|запуга|сдам\\S* в полиц|депорт|ugrozh"
          + "|hedele|qorxud|tehdid|polise ver|deport");

  private static Rule rule(Urgency urgency, String regex) {
    return new Rule(urgency, Pattern.compile(regex));
  }

  /** The most pressing reason the text is urgent, if any. */
  public Optional<Urgency> detect(String text) {
    List<String> views = views(text);
    for (Rule rule : RULES) {
      for (String view : views) {
        if (rule.pattern().matcher(view).find()) {
          return Optional.of(rule.urgency());
        }
      }
    }
    for (String view : views) {
      if (UNPAID.matcher(view).find() && THREAT.matcher(view).find()) {
        return Optional.of(Urgency.WAGES_THREATS);
      }
    }
    return Optional.empty();
  }

  static List<String> views(String text) {
    String lower = Synonyms.lowerKeepingLength(text).replace('ё', 'е').replace('’', '\'');
    String folded = AzerbaijaniFoldingFilter.fold(lower);
    StringBuilder azLatin = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      String letter = String.valueOf(lower.charAt(i));
      azLatin.append(Scripts.AZ_CYRILLIC_TO_LATIN.getOrDefault(letter, letter));
    }
    return List.of(lower, folded, AzerbaijaniFoldingFilter.fold(azLatin));
  }
}
