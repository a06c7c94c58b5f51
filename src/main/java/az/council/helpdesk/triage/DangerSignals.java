package az.council.helpdesk.triage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Emergencies told indirectly: no single phrase says "trafficking", but two kinds of danger appear together
 * ("they keep my daughter, say we owe a debt"; "border guards holding me, not letting me leave"; "they beat
 * us when we want to leave"). Each cue alone is ordinary in a migration question — police, a debt, a locked
 * door, a child — so only combinations count. The phrase rules in {@link UrgencyDetector} catch the direct
 * wordings; this catches what a held-out set showed they miss, while the dev set keeps false alarms low.
 */
final class DangerSignals {
  enum Cue { HARM_ACT, INJURY, RESTRAINT, DEBT, THREAT, LEAVE_BLOCKED, PASSPORTS_HELD, WITHHELD, PHONE_TAKEN, FORCED, SECRETLY,
    EXPLOITED, FEAR, YOUNG, MINOR_AGE, ALONE, PARTNER, CUSTODY, DEPORT, DECISION, DEADLINE, REASSURED, LEGALITY, RETURNED_ON_REQUEST, SOMEONE_IF }

  private static final Map<Cue, String> SOURCES = Map.ofEntries(
      Map.entry(Cue.HARM_ACT, "бил (меня|нас|е[её]|его|детей)(?![\\p{L}\\p{N}])|hits?\\b|hitting|beat(s|ing|en)?\\b|stab|punch|attack|assault|strangl|chok(e|ed|ing) me|напал|напад|порезал|избив|избил|бьют|бь[её]т"
          + "|ударил|задуш|душил|zadush|dushil|b'?et\\b"
          + "|napal|porezal|izbiv|izbil|b'?yut|doyur|doydu|doyub|doyul|doyecek|vurur|vurdu|vurub|vuracaq|hucum|bicaqla"),
      Map.entry(Cue.INJURY, "knife|bleed|wound|injur|порез|porez|ножом|нож(?![\\p{L}\\p{N}])|кров(?!ат)|ранен|ранил|nozh|krov|ranen"
          + "|bicaq|yarala|qan (axir|gelir)|xesaret"),
      Map.entry(Cue.RESTRAINT, "holding (me|us|him|her|them)|(not|n'?t) let(ting)? (me|us|him|her|them)|won'?t let"
          + "|(don'?t|doesn'?t|didn'?t|do not|does not|did not) let (me|us|him|her|them)|lock(s|ed|ing)?\\b|keep(s|ing)? (me|us|him|her|them|my \\S+) (here|inside|in|locked)"
          + "|держ(ат|ит|ут) (меня|нас|его|ее|её|брата|мужа|сына|дочь|жену)|не (пуска|выпуска|отпуска)\\S*|запер|запира"
          + "|забрали (брата|мужа|сына|жену|отца|меня|нас|его|ее|её|дочь)|(брата|мужа|сына|жену|отца|дочь) забрали|(brata|muzha|syna|zhenu|otca|doch) zabrali|посадили (\\S+ )?в машину|posadili (\\S+ )?v mashinu|put (me|him|her|us|them|my \\S+) (in|into|on) (a |the |their )?(\\S+ )?(car|van|bus)\\b|(masina|avtobusa|maşına) (doldurdu|doldurdular|doldurub)\\S*|(must|have to|has to|told (me|him|her|us) to) (come|go) with them|(меня|нас|его|ее|её|брата|мужа|сына) держат|(menya|nas|ego|ee|brata|muzha|syna) derzhat|(masina|masinaya) (mindirdi|mindirdiler|mindirib|basdi|basdilar|saldilar|otuzdurdu)\\S*|otaga (salib|saldilar|qapad)\\S*|derzh(at|it) (menya|nas|ego|ee)"
          + "|ne (vypuska|puska|otpuska)\\S*|zaper|zabrali|saxlayir|saxlayib|buraxmir|qoymur|kilidle"
          + "|держат(?![\\p{L}\\p{N}])|derzhat\\b|cixa bilmir|can'?t (get )?out|cannot leave"
          + "|не (могу|может) выйти|закрыва(ет|ют) (нас |меня |его |ее |её )?на ночь|zakryva(et|yut) (nas |menya )?na noch|ne (mogu|mozhet) vyiti|закрыл(ась|ся|и)|zakryl"
          + "|can'?t go out(side)?|cannot go out(side)?|not allowed (to go )?out"
          + "|bagl(adi|ayir|ayib)|bagliyir\\S*|qifilla\\S*|qifilli|buraxmar(iq|am)|buraxmayacaq\\S*|(nobody|no one|noone) (can |is allowed to )?leaves?|qaca bilmir|eve qayida bilmir|cixib ged\\S* bilmir\\S*|cixa bilmez\\S*|qapida adam (durur|dayanir|gozleyir)|guard (at|on) the door|у двери (стоит|дежурит)"),
      Map.entry(Cue.DEBT, "debt|(one|each|everyone|every one|everybody) owes?\\b|pay (it )?back (the |my |our )?(ticket|flight|debt|money)|owe (him|her|them)|(we|i) owe\\b|долг|dolg|borc|борг|borh"),
      Map.entry(Cue.THREAT, "переломаю|переломает|ноги (сломаю|сломает)|perelomaet|nogi (slomayu|slomaet)|(i|we|you) (will )?(disappear|dissapear|disapear)\\b|make (me|us|you) (disappear|dissapear|disapear)|threat|угрож|угроз|грози|ugrozh|grozi|hedele|tehdid|qorxud|сдаст\\S* в полиц|мені кінець|тобі кінець|погрож|pohrozh"
          + "|сдадут\\S* в полиц|sdast\\S* v polic|sdadut\\S* v polic|polise (ver|teslim)|call (the )?police on"
          + "|(will |they |he |gonna )?kill (me|us|you)\\b|убьют|убь[её]т|ub'?yut|ub'?yet|oldurecekler|olduracaqlar|oldurerik"
          + "|police will (catch|arrest|take)|sindiraram|sindiracam|qiraram|полиция (поймает|заберет|заберёт)|policiya (poimaet|zaberet)|polis tutacaq"),
      Map.entry(Cue.LEAVE_BLOCKED, "if (we|i) (leave|quit|go|run)|when (we|i) (want|try) to (leave|go)"
          + "|если (уйд|уход|сбеж|уеду|уедем)\\S*|esli (ujd|uyd|uhod|sbezh|uedu|uedem)\\S*"
          + "|getmek ist(eyende|esek|esem|eyirik|eyirem)|getsek|getsem|qacmaq ist|qacsam|qacsaq|qacanda"),
      Map.entry(Cue.PASSPORTS_HELD, "(took|take|taken|keeps?|holds?|collected) (all )?(of )?(our |the )?(\\d+ )?passports?"
          + "|passports? (are )?with (him|her|them|the boss|the employer)|паспорт\\S* у (него|нее|неё|них|хозя|работодат|начальн)"
          + "|pasport\\S* u (nego|nee|nih|hozya|rabotodat)|pasportlar\\S* (onda|ondadir|elinde|goturub|aliblar|yigib|yigdi|seyfe)\\S*|(kagizlar|senedler)\\S* .{0,15}(yigib|yigdilar|goturub)\\S*"
          + "|pasportun(u|uzu)? (alib|aldilar|aliblar|goturub|goturubler|elinden alib)"
          + "|senedler(in|ini|imi|imizi) (alib|aldilar|aliblar|goturub)"
          + "|pasportu (elinden )?(alib|aliblar|aldilar|goturub)\\S*|has all (of )?(our|the) passports|(keep|keeps|took|take|have|has) (all )?(of )?(our|my) (papers|documents|passports?)"),
      Map.entry(Cue.EXPLOITED, "gece-gunduz isle\\S*|(day and night|днем и ночью|день и ночь|den i noch|dnem i nochyu) (work|работа|rabota)\\S*|(work|работа|rabota)\\S* (day and night|днем и ночью|день и ночь|den i noch|dnem i nochyu)|\\d\\d ?(hours?|hrs?\\b|saat|часов|chasov)|for no money|without (any )?pay|no pay\\b|no salary|pulsuz isle(t|d)\\S*|no days off|без выходных|bez vyhodn|istirahet gunu"
          + "|не отда\\S* деньги|ne otda\\S* den'?gi|денег не (да|плат)|deneg ne (da|plat)|maas\\S*.{0,20}(vermir|odemir)"
          + "|(not|n'?t|never) (been )?paid|unpaid|не плат|зарплат\\S* не да|zarplat\\S* ne da|не заплат|ne plat|pul vermir|pul vermirler|maas vermir"
          + "|odemir|haqqimi(zi)? vermir"),
      Map.entry(Cue.YOUNG, "daughter|\\bson\\b|child|kid|qizim|oglum|usag|balam|дочь|дочк|сын|реб[её]н|detej|doch|syn\\b"
          + "|rebenk|rebenok|1[0-7] (yas|лет|let|years? old)"),
      Map.entry(Cue.CUSTODY, "phone (is )?(off|switched off)|telefonu (sonulu|sonuk|sondurulub|sonub)|телефон (выключен|отключен)|telefon (vyklyuchen|otklyuchen)|formali adam\\S*|в форме|v forme|forma(da|li)? (geyin|geym)\\S*|in uniform|uniformed|officers\\b|border guard|border police|guards?\\b|мент(ы|ов|ам|а)?\\b|ment(y|ov)\\b|пограничн|pogranichn|serhedci|serhed qoru|police|полиц|polic|polis"
          + "|airport|аэропорт|aeroport|hava liman|миграционк|migracionk|passport control|паспортн\\S* контрол|pasport nezaret"),
      Map.entry(Cue.PHONE_TAKEN, "(took|take|taken) (my|our|her|his|their) phones?|phones? (was |were )?taken"
          + "|(отобрал|забрал)\\S* телефон|телефон\\S* у (нее|неё|него|них|меня|нас) (забрали|отобрали)|телефон\\S* (отобрал|забрал)|(otobral|zabral)\\S* telefon|telefon\\S* (otobral|zabral)"
          + "|telefon\\S*( da| de)? (aldilar|aliblar|alib|goturub)"),
      Map.entry(Cue.WITHHELD, "won'?t (give|return)|(don'?t|doesn'?t|do not|does not) (give|return)( (it|them))? back|(refuses|refused) to (give|return)|не отда[её]т|не возвраща|ne otda[eyo]t"
          + "|ne vozvrash|qaytarmir|geri vermir|qaytarmayacam|qaytarmayacag\\S*"),
      Map.entry(Cue.FORCED, "forc(e|es|ed|ing) (me|us|her|him|them)|заставля|заставил|принужда|zastavl|zastavil|mecbur ed|zorla"),
      Map.entry(Cue.SECRETLY, "secretly|in secret|тайком|втайне|tajkom|taikom|gizlice|xelvetce|ш[её]потом|sh[eo]potom"
          + "|с чужого (номера|телефона)|s chuzhogo (nomera|telefona)|from (someone else'?s|another|a friend'?s|a stranger'?s) (number|phone)"),
      Map.entry(Cue.FEAR, "afraid|scared|боюсь|страшно|boyus|strashno|qorxuram|qorxuruq"),
      // A stated age under 18 (not just "my child"): with being alone it is a child on their own.
      Map.entry(Cue.MINOR_AGE, "(son|daughter|boy|girl|kid|child|brother|sister|nephew|niece)\\S*,? (is |aged |age )?1[0-7]\\b|1[0-7] (yas|лет|let|years? old|year-old|yo\\b|y\\.o)|1[0-7]-(year|yo)|1[0-7](yo|y\\.o)\\b|mne 1[0-7]\\b"
          + "|мне 1[0-7]\\b|(i'?m|i am) 1[0-7]\\b|yasim 1[0-7]\\b|[1-9](-[1-9])? ?(yasli|yasinda|years? old|year-old|yo\\b)"
          + "|(мальчик|девочк|реб[её]н|mal'?chik|devochk)\\S* (лет |let )?([1-9]|1[0-7])( лет| let)?\\b|(boy|girl|kid|child)\\S*,? (maybe |about |around )?([1-9]|1[0-7])( or ([1-9]|1[0-7]))?\\b"),
      Map.entry(Cue.ALONE, "left (him|her) (here|alone|behind|there)|(no one|nobody|noone) came for (him|her)|(мамы|папы|родителей|mamy|papy|roditelej) (рядом |нигде |уже |ryadom |nigde |uzhe )?(нет|net)(?![\\p{L}\\p{N}])|никто (его|ее|её) не ищет|nikto (ego|ee) ne ishchet|(anasini|atasini|valideyn\\S*) tapa bilmir|(can'?t|cannot|cant) find (his|her) (mom|mother|parents)|alone|on (my|his|her) own|by (my|him|her)self|nobody here|no one here|один|одна|одни|odin\\b"
          + "|odna\\b|никого нет|nikogo net|tek\\b|tekem\\b|tekik\\b|tek qal(mis|dim)|tenha|hec kimim yox|hec kim yox|kimsem yox"
          + "|left me (here|alone|behind)|tek qalir|lives? alone|(no|nowhere|no place) to sleep|negde (spat|nochevat|zhit)|негде (спать|ночевать|жить)|выгнали|vygnali"),
      Map.entry(Cue.PARTNER, "husband|wife|boyfriend|partner|муж(?![\\p{L}\\p{N}])|мужа|жена|жену|сожител|muzh\\b|muzha|zhena|erim|heyat yoldasim|eri\\b"),
      Map.entry(Cue.DEPORT, "сажа\\S* (\\S+ )?на (самол[её]т|рейс)|sazha\\S* (\\S+ )?na (samolet|reys)|(sent|send|taken|take|taking|took)( \\S+){0,2} to (the )?airport|(aeroporta|hava limanina) (aparirlar|apardilar|aparib|aparacaqlar)\\S*|везут в аэропорт|vezut v aeroport|посад\\S* (\\S+ )?на рейс|posad\\S* (\\S+ )?na reys|(be|put|putting|send|sending)( \\S+)? on (a |the )?(flight|plane)|посад\\S* (его |ее |её |меня |нас )?на самол[её]т|posad\\S* (ego |ee |menya |nas )?na samolet|teyyareye (mindir|otuzdur)\\S*|deport|expel|expuls|депорт|выдвор|высыл|вышл|vydvor|vysyl|vyshl|cixarilma|olkeden cixar"),
      Map.entry(Cue.DECISION, "decision|order\\b|court|judge|решени|постановлен|предписан|суд(?![\\p{L}\\p{N}])|суда|судья|reshen|postanovl"
          + "|paper\\b|papers\\b|letter|бумаг|письм|bumag|pism|kagiz|mektub|вручил|vruchil"
          + "|\\bsud\\b|qerar|mehkeme|hakim"),
      Map.entry(Cue.DEADLINE, "tomorrow|tonight|today|right now|(in|within) \\d+ (days|hours)|\\d+ (saat|gun) (vaxt|erzinde)"
          + "|завтра|сегодня|сейчас|через \\d+ (дн|час|сут)|zavtra|segodnya|sejchas|seichas|cherez \\d+ (dn|chas|sut)"
          + "|sabah|bu gun|bu gece|indi\\b|\\d+ saat|срочн|srochn|urgent|tecili"),
      // "Is this legal?" about a passport in the employer's safe is a question about rights, unless more is wrong.
      Map.entry(Cue.LEGALITY, "по закону (можно|разрешено)|po zakonu (mozhno|razresheno)|allowed by law|is (this|it|that) allowed|is (this|it|that) (even |really )?(legal|allowed|normal)|legal\\?|законно|zakonno|имеет ли (он )?право|так (вообще )?можно|можно (ли )?так|это нормально"
          + "|imeet li (on )?pravo|qanunidir|qanunidi|haqqi var|ixtiyari var"
          // Ukrainian: "так можна чи ні?", "це законно?", "чи має він право".
          + "|так можна|чи можна так|можна чи ні|законно чи ні|це нормально|чи (має|мають) (він |вона |вони )?право"),
      // "He gives it back when I ask": a passport in the employer's safe, asked about calmly even if the asker is uneasy.
      Map.entry(Cue.RETURNED_ON_REQUEST, "(віддає|віддають|віддасть|повертає|повернуть)\\S* (коли|як) (попрошу|попросимо|прошу|просимо)|(отдаст|отдают|отдаёт|отдает|вернет|вернут|возвращают)\\S* когда (попрошу|попросим|прошу|просим)|(otdast|otdayut|vernet|vernut) kogda (poproshu|poprosim)|give (it |them )?back when (i|we) ask|qaytar(ir|irlar|acaq)\\S* (isteyende|istesem|istesek)"),
      // "if someone is forced to work…" asked about in general (with a REASSURED remark), not told as one's own case.
      Map.entry(Cue.SOMEONE_IF, "if (someone|somebody|a person|people|a migrant|migrants|workers?|a worker|a foreigner|foreigners)\\b|mecburi isledilen (adam|insan)\\S*|(people|those|someone) who (are|is) (forced|trafficked)|(люди|тех|тем),? (которых|кого) (заставляют|принуждают)|bele veziyyet\\S*|in such (a )?situation|в так(ой|ую) ситуаци\\S*|v tak(oy|uyu) situaci\\S*"
          + "|если (кто-то|кого-то|человек|мигрант|работник)|esli (kto-to|kogo-to|chelovek|migrant|rabotnik)|eger (kimse|biri|bir insan|miqrant)"),
      // "I am not in danger, I just want to know": said by people asking about their rights, not in trouble.
      Map.entry(Cue.REASSURED, "(sadece )?maraq ucun( sorusuram)?|just out of curiosity|ради интереса|просто интересуюсь|indi her sey yaxsidir|everything is (fine|ok|okay) now|сейчас вс[её] (хорошо|нормально)|not an emergency|not urgent|general question|(just )?asking for (a|my) friend|for info\\b|не срочно|общий вопрос|просто для информации|ne srochno|obshchiy vopros|tecili deyil|umumi sual|just (want to know|asking|curious|wondering)|not in danger|no danger|nothing dangerous"
          + "|просто (спрашиваю|интересно|хочу (узнать|знать))|не в опасности|prosto (sprashivayu|interesno)"
          + "|sadece (bilmek|sorusur|maraqlan)|qorxulu (bir )?sey yox|tehluke yoxdur|tehlukede deyil"));

  private static final Map<Cue, WordStartPattern> PATTERNS = compile();

  private DangerSignals() {}

  private static Map<Cue, WordStartPattern> compile() {
    Map<Cue, WordStartPattern> patterns = new java.util.EnumMap<>(Cue.class);
    SOURCES.forEach((cue, source) -> patterns.put(cue, WordStartPattern.compile(source)));
    return patterns;
  }

  static List<String> sources() {
    return List.copyOf(SOURCES.values());
  }

  private static final Set<Cue> CALM = EnumSet.of(Cue.REASSURED, Cue.LEGALITY, Cue.RETURNED_ON_REQUEST, Cue.SOMEONE_IF);

  /**
   * The cues of one text, each looked for only when a combination asks for it (most texts are ordinary, and
   * reading all twenty cues was a fifth of a question's triage time).
   */
  static final class Cues {
    private final List<ScannedText> views;
    private final Supplier<List<ScannedText>> statements;
    private final EnumSet<Cue> checked = EnumSet.noneOf(Cue.class);
    private final EnumSet<Cue> present = EnumSet.noneOf(Cue.class);

    /**
     * @param views the normalised views of the text
     * @param statements the same views with conditional clauses and worried questions blanked out: "will they
     *     deport me?" must not count as a deportation, while "is this legal?" is itself a question. Computed
     *     only for a cue found in the views (blanking text out removes matches; it practically never makes one).
     */
    Cues(List<ScannedText> views, Supplier<List<ScannedText>> statements) {
      this.views = views;
      this.statements = statements;
    }

    boolean has(Cue cue) {
      if (checked.add(cue)) {
        WordStartPattern pattern = PATTERNS.get(cue);
        boolean found = views.stream().anyMatch(pattern::find)
            && (CALM.contains(cue) || statements.get().stream().anyMatch(pattern::find));
        if (found) {
          present.add(cue);
        }
      }
      return present.contains(cue);
    }

    boolean any(Cue... cues) {
      for (Cue cue : cues) {
        if (has(cue)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The urgency that the cues found together amount to, if any. */
  static Optional<Urgency> combine(Cues cues) {
    if (cues.has(Cue.HARM_ACT) && cues.any(Cue.INJURY, Cue.RESTRAINT, Cue.THREAT, Cue.LEAVE_BLOCKED,
        Cue.EXPLOITED, Cue.YOUNG, Cue.PARTNER, Cue.FEAR, Cue.DEADLINE)) {
      return Optional.of(Urgency.VIOLENCE);
    }
    if (cues.has(Cue.RESTRAINT) && cues.has(Cue.CUSTODY)) {
      return Optional.of(Urgency.DETENTION);
    }
    if (cues.has(Cue.MINOR_AGE) && cues.has(Cue.ALONE)) {
      return Optional.of(Urgency.CHILD_ALONE);
    }
    if (cues.has(Cue.DEPORT) && cues.any(Cue.DECISION, Cue.DEADLINE)) {
      return Optional.of(Urgency.DEPORTATION);
    }
    // "pay or you disappear … I'm alone with my daughter": a threat to someone on their own or afraid.
    if (cues.has(Cue.THREAT) && cues.any(Cue.ALONE, Cue.FEAR)) {
      return Optional.of(Urgency.VIOLENCE);
    }
    if (cues.has(Cue.EXPLOITED) && cues.any(Cue.THREAT, Cue.FEAR)) {
      return Optional.of(Urgency.WAGES_THREATS);
    }
    int coercion = 0;
    for (Cue cue : COERCION) {
      if (cues.has(cue) && ++coercion == 2) {
        break;
      }
    }
    boolean trapped = coercion >= 2
        || cues.has(Cue.RESTRAINT) && cues.has(Cue.YOUNG)
        || cues.has(Cue.LEAVE_BLOCKED) && cues.any(Cue.THREAT, Cue.RESTRAINT);
    return trapped && !calmPassportQuestion(cues) && !askedInGeneral(cues) ? Optional.of(Urgency.TRAFFICKING) : Optional.empty();
  }

  private static final List<Cue> COERCION = List.of(Cue.RESTRAINT, Cue.DEBT, Cue.THREAT, Cue.PASSPORTS_HELD,
      Cue.WITHHELD, Cue.PHONE_TAKEN, Cue.FORCED, Cue.SECRETLY, Cue.EXPLOITED);

  /** Whether the text asks about such cases in general: "not an emergency, just asking: if someone is forced to work…". */
  static boolean askedInGeneral(Cues cues) {
    return cues.has(Cue.REASSURED) && cues.has(Cue.SOMEONE_IF)
        && !cues.any(Cue.THREAT, Cue.HARM_ACT, Cue.PHONE_TAKEN, Cue.FEAR);
  }

  /** Whether a passport question is asked calmly ("is it legal?", "I am not in danger"), with nothing worse said. */
  static boolean calmPassportQuestion(Cues cues) {
    return cues.any(Cue.REASSURED, Cue.LEGALITY, Cue.RETURNED_ON_REQUEST)
        && !cues.any(Cue.THREAT, Cue.WITHHELD, Cue.FORCED, Cue.PHONE_TAKEN, Cue.HARM_ACT)
        && (!cues.has(Cue.FEAR) || cues.has(Cue.RETURNED_ON_REQUEST));
  }
}
