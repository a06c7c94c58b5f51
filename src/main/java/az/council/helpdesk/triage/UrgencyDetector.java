package az.council.helpdesk.triage;

import az.council.helpdesk.search.AzerbaijaniFoldingFilter;
import az.council.helpdesk.search.Scripts;
import az.council.helpdesk.search.Synonyms;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds messages where a person must take over now, in all three languages and their messy spellings.
 * Rules are patterns over three views of the text: lower case, Azerbaijani-folded (so "saxlanılmışam" and
 * "saxlanilmisam" match one rule) and Cyrillic read as Azerbaijani. Recall comes first: a missed detention is
 * far worse than a member reading one message too many; the dev set keeps false alarms under 5 %.
 * Descriptions of one's own situation are urgent; questions about the rules in general are not.
 */
public final class UrgencyDetector {
  private record Rule(Urgency urgency, String source, WordStartPattern pattern) {}

  /**
   * Each rule lists English, Russian (also in translit) and Azerbaijani wordings, then Turkish ones, written
   * for the folded view (ı→i, ş→s, ö→o …) since Turkish citizens write Turkish, and Ukrainian ones in Cyrillic
   * and translit, for the largest group of the Council's 2022 visitors.
   */
  private static final List<Rule> RULES =
      List.of(
          rule(Urgency.SELF_HARM,
              "(выложил|разложил|высыпал|vylozhil|razlozhil|vysypal)\\S* (вс[её] |vse )?(таблетк|tabletk)|kill myself|suicid|end(ing)? (my life|it all)|want to die|wanna die|(don'?t|do not) want to (live|be alive)"
                  + "|(don'?t|do not|dont) want (to )?live( anymore| any more)?|tired of (living|life|being alive)|do something to myself|hurt(ing)? myself|cut(ting)? myself|self[- ]?harm|no (reason|point) (to live|in living)|better off dead"
                  + "|take my (own )?life|can'?t go on living|покончить с собой|суицид|самоубий|не хочу (больше )?жить"
                  + "|не хочется (больше )?жить|хочу умереть|убить себя|сведу сч[её]ты|свести сч[её]ты|нет смысла жить|не вижу смысла (больше )?(жить|в жизни)|ne vizhu smysla (bolshe )?(zh|j)it|pokonchit s soboj|(сегодня|сейчас|скоро) (вс[её]|со всем) законч|вс[её] закончу|vs[eyo] zakonchu|простите меня за вс[её]"
                  + "|порезать себя|вскрыть вены|ne hochu (bolshe )?(zh|j)it|pokonchit s soboi|pokonchit s soboy|hochu umeret"
                  + "|(что-нибудь|что-то|chto-nibud|chto-to) (с собой|s soboi|s soboy) сдела|сделаю (что-нибудь |что-то )?с собой|ozume (bir |ne ?)?(sey|nese) (ed|et)|intihar|ozumu (oldur|asmaq|atmaq)|olmek ist|yasamaq ist(e|i)mir|ozume qesd|canima qesd|heyatima son"
                  + "|end(ing)? everything|(thinking|think) (about|of) ending|can'?t take (it|this) any ?more|no way out"
                  + "|спрыгн|с моста|прыгнуть (с|из) (балкона|окна|крыши|моста)|prygnut (s|iz) (balkona|okna|kryshi|mosta)|sprygn|s mosta|(думаю|хочу|хочется|решил\\S*) прыгн|(dumayu|hochu|hochetsya|reshil\\S*) prygn|на мосту|na mostu|с крыши|s kryshi|никому (я )?(тут |здесь )?не нуж(ен|на)|nikomu (ya )?(tut |zdes'? )?ne nu(zh|j)(en|na)|броситься под|brositsya pod|her seye son qoy"
                  + "|покончить со всем|pokonchit so vsem|зачем (вообще )?жить|zachem (voobshe |voobshche )?zhit"
                  + "|накопил\\S* таблет|nakopil\\S* tabletk|наглотаться таблет|naglotatsya tabletok"
                  + "|жить не хоч|(zh|j)it ne hoch|не хочется жить|ne hochetsya (zh|j)it|(end|ending) it (tonight|today|now)|kill(s|ing)? (him|her)self|kill(ing)? themsel|(lot of|lots of|many|a lot of|all the|bought) sleeping pills|suicide note|farewell (message|letter|note)|прощальн\\S* (сообщени|письм|записк|смс)|proshchaln\\S* (soobshch|pism|zapisk)|лучше (вообще )?не жить|luchshe (voobshche |voobshe )?ne (zh|j)it|(think|thinking|want|wanna)( to| of| about)? jump(ing)? (from|off)|jump (from|off) (the |a |my )?(balcony|bridge|roof|window)"
                  + "|(thinking|think) (to|of|about) end(ing)? it|finish (everything|it all|myself|my life)|(thinking|think) (to|of|about) (finish|finishing|end|ending) (everything|it all|my life)"
                  + "|(take|swallow|drink) all (of )?(my |the |these )?(pills|tablets)|overdose|(nobody|no one|noone) (will|would|is going to|gonna) miss me"
                  + "|(хочу|хочется),? (чтобы|чтоб) (вс[её]|это вс[её]) (закончилось|кончилось|прекратилось)|(hochu|hochetsya),? (chtoby|chtob) vs[eyo] (zakonchilos|konchilos)"
                  + "|(выпить|выпью|съесть) вс[её] таблетки|(vypit|vyp'?yu) vse tabletki|никто (по мне )?не (будет )?скуча|никто не замет\\S*,? если (я )?(исчезну|умру)"
                  + "|hec kim (meni )?axtarmayacaq|ozume (zerer|ziyan|xeter) (ver|vur|yetir)|(want|wanna) (to )?(disappear|dissapear|disapear|vanish) (forever|for ever|from (this|the) world)|хочу исчезнуть навсегда|hochu ischeznut navsegda|если бы меня не было|esli by menya ne bylo|(better|easier)( for (everyone|everybody|all|them|my family))? (if i (wasn'?t|weren'?t|was not|were not) (here|alive|around|born)|if i (was|were) (gone|dead)|without me)|tonight is my last night|my last night alive|this is my last message|(i think|maybe) (tonight|today) is my last|goodbye (msg|message|letter|note|text)|sent (a |his |her )?goodbye|попрощал\\S* со всеми|poproshchal\\S* so vsemi|проща(ется|юсь) со всеми|(завтра|скоро) (меня|его|ее|её) (уже )?не будет|(zavtra|skoro) (menya|ego|ee) (uzhe )?ne budet|said goodbye to (everyone|everybody|every one|all)|(lot of|lots of|a lot of|many) pills on|proshcha(etsya|yus) so vsemi|раздал\\S* (свои |все )?вещи|razdal\\S* (svoi |vse )?veshchi|gave away (all )?(his|her|my) (things|stuff|belongings)|butun dermanlari (icmek|icecem|iceceyem)|(dermanlar|heblar)\\S* hamisini (yigmisam|yigdim|icmek|icecem|iceceyem)"
                  + "|если меня не станет|esli menya ne stanet|(таблетк|tabletk)\\S* (уже |uzhe )?(лежат|лежит|lezhat|lezhit) (рядом|ryadom)|want (everything|it all|all of it|it) to stop\\b|(all )?(the |my )?(tablets|pills) in front of me|men olmasam (hamiya|herkese|hamiya) (rahat|yaxsi|asan)\\S*|her sey (bu gece )?bitsin|her seyi (bu gece )?bitirec\\S*|(dermanlar|heblar)\\S* yigmisam|(купил|купила|kupil|kupila)\\S* (много |mnogo )?(таблет|tablet)\\S*|(хочу|hochu),? (чтобы|чтоб|chtoby|chtob) (кто-то|кто то|kto-to|kto to) (знал|znal)|как вс[её] закончить|kak vs[eyo] zakonchit|(таблетки|tabletki) (уже |uzhe )?(купил|kupil)\\S*|прости(те)? (меня )?за вс[её]|prosti(te)? (menya )?za vs[eyo]|(bought|buy|got) (some |a lot of |many )?(pills|tablets) today|tell my (mom|mother|mum|family|parents) (i'?m )?sorry|daha oyanmayim|выпил\\S* вс[её] таблетки|vypil\\S* vs[eyo] tabletki|(вс[её] это|vs[eyo] eto) (закончить|zakonchit)|kak by (vs[eyo] )?(eto )?zakonchit|if i('?m| am) (just )?not here any ?more|закончить вс[её] это|zakonchit vs[eyo] eto|(don'?t|dont|do not) see (the |any )?point (anymore|any more|in living)"
                  + "|(таблетк|tabletk)\\S*.{0,30}(передо мной|перед собой|peredo mnoy|peredo mnoj)|(хотел|хотела|hotel|hotela),? (чтобы|чтоб|chtoby|chtob) (кто-то|кто-нибудь|kto-to|kto-nibud) (знал|znal)"
                  + "|(всем|vsem) (будет |budet )?(легче|legche) без меня|(vsem|всем) (budet |будет )?legche bez menya|(это )?последнее,? что я (пишу|напишу)|(eto )?poslednee,? chto ya (pishu|napishu)"
                  + "|(don'?t|dont|do not|can'?t|cant) see (any |a |the )?(reason|point|sense) (to|in|of) (wake|waking|live|living|go on|going on)|(thinking|think) (about|of) the bridge"
                  + "|(в руках|v rukah|v rukax) (таблетк|tabletk)\\S*|(таблетк|tabletk)\\S*.{0,40}(вс[её]|vs[eyo]) (решил|reshil)\\S*|(pills|tablets)\\S*.{0,60}(take|taking|swallow|swallowing|drink|drinking) (them )?all\\b"
                  // Turkish
                  + "|kendimi (oldur|as|at)|kendime zarar|bileklerimi kes|(artik|hic|daha fazla) yasamak istemiyorum|yasamak istemiyorum artik|olmek istiyorum"
                  + "|hayatima son ver|veda mektub"
                  // Ukrainian
                  + "|не (хочу|хочеться) (більше )?жити|жити не хочу|покінчити (з собою|з життям|життя)|наклас\\S* на себе руки|хочу (померти|вмерти)|вбити себе|(немає|нема) сенсу (жити|в житті)|(випити|випила|випив|ковтнути|наковтатися|наковталась|наковтався) (всі |усі )?(таблетк|пігулк)\\S*|(всі|усі) (таблетки|пігулки) (на столі|поруч|переді мною)|(стрибну|стрибнути) (з|із) (мосту|балкона|вікна|даху)|всім (буде )?(краще|легше) без мене"
                  + "|ne (khochu|hochu) zhyty|pokinchyty z soboiu|(khochu|hochu) pomerty"),
          rule(Urgency.VIOLENCE,
              "\\b(beats?|beaten|beating|hits?|hitting|hurts?|hurting|touch(es|ing)?|threaten(s|ed|ing)?|harass(es|ed|ing)?"
                  + "|attack(s|ed)?|assault(s|ed)?|punch(es|ed|ing)?) (me|us|my (wife|husband|child|kids|daughter|son|friend|brother|sister|colleague|coworker|co-worker|cousin))\\b|abus(e|ed|ing|ive)"
                  + "|\\brap(e|ed)\\b|violence|violent|will kill (me|us)|afraid for my life|scared to (stay|go home|sleep)"
                  + "|(меня|нас|жену|мужа|ребенка|детей|сестру|дочь|сына) (бь[её]т|бьют|избива\\S*|ударил\\S*)"
                  + "|(бь[её]т|бьют|избива\\S*) (меня|нас)|избил|насили|изнасил|ударил|издевают|пристает|домогает"
                  + "|убь[её]т (меня|нас)|угрожа\\S* (убить|мне|нам)|боюсь за (свою )?жизнь|izbil|nasili|ubyet menya"
                  + "|meni (doyur|vurur|vurdu|doydu|doyub|hedeleyir|oldurecek)|(doyur|vurur|vurdu|doydu|doyub)\\S* meni"
                  + "|doyulur|zorakilig|zorakiliq|tecavuz|incidir|oldureceyem deyir|olduracek|canimdan qorxuram"
                  + "|(mene|bize|ustume) hucum|на (моего|мою|нашего|нашу|его|её|ее) \\S+( \\S+){0,3} напал\\S*|hucum etdi|qorxuram (cixmaga|evde)|напал\\S* на (меня|нас)"
                  + "|избива\\S*|izbiva\\S*|(got|was|were|been|get|getting) (at+ack|assault|beat|stab|robbed)\\S*"
                  + "|at+acked|bleeding|stabbed|doyurler|doyduler|vururlar|(seni|sizi|meni|bizi) (de )?oldur(ecem|eceyem|ecek|ecekler|ecem)\\S*|(usagi|usagimi|usaqlari|usaqlarimi) ogurla(yacam|yacagam|yacaq)\\S*|(мне|тебе|вам|нам) не жить|(mne|tebe|vam|nam) ne zhit\\b|threat\\S* to kill|(eline|elinde) bicaq|qapini tepikle\\S*|(пришел|пришла|стоит|ходит|ворвался|prishel|stoit)( \\S+){0,2} (с ножом|s nozhom)|(muzh|muj|муж)\\S* (opyat |snova |опять |снова )?(bil|izbil|бил|избил)(?![\\p{L}\\p{N}])|bicaq (goster|cixar|cek)\\S*|(qizini|oglunu|usagini|usaqlarini) aparacam|(showed|pulled) (me )?(a |his |her )?knife|нож (показал|достал)|(показал|достал) нож|(знает|знают),? где (живет|живут) (моя |мои )?(семья|дети|родные|мама)|(znaet|znayut),? gde (zhivet|zhivut) (moya |moi )?(semya|deti)|(им|тебе|вам|нам) будет плохо|(they|he)( will| gonna|'ll) finish (me|us|you)\\b|(бил|избил|ударил) (меня|нас)|(bil|izbil|udaril) (menya|nas)\\b|(порежу|порежут|зарежу|зарежут|porezhu|porezhut|zarezhu|zarezhut)(?![\\p{L}\\p{N}])|knows? where (my )?(kids|children|son|daughter|family) (go|goes|study|studies|live|lives)"
                  + "|(ailene|ailenize|usaqlarina) ne ola(cagini|caq)|(what will happen|what happens) to your (family|kids|children|wife)|(что будет|что случится) с (твоей |вашей )?(семь|детьми|женой)"
                  // Turkish
                  + "|(beni|bizi|cocuklari|karimi|annemi) (dov(uyor|du)|vuruyor|vurdu)|dov(uyor|du|duler)\\S* beni|dayak (at|yi)"
                  + "|bicak cek|tecavuz|kan icinde|zorla evlendir|kapiyi kir(maya|iyor)|siddet gor"
                  // Ukrainian
                  + "|(мене|нас|дружину|дітей|дитину|сина|доньку|маму) (б'є|бʼє|б'ють|бʼють|побив|побила|побили|вдарив|вдарила|душив|душить)|(б'є|бʼє|б'ють|бʼють|побив|побили|вдарив) (мене|нас)|знущається|знущаються|згвалтув|погрожує (вбити|мені|нам)|(в|у)?б'є (мене|нас)|(в|у)?бʼє (мене|нас)|боюся за (своє )?життя|(ламає|виламує|вибиває|вибив) двері|з ножем|ножем (погрожує|махає)"
                  + "|(ламають|ломлять|вибивають|виламують) двері|(b'ie|bie|pobyv|vdaryv) (mene|nas)|lamaie dveri"),
          rule(Urgency.DETENTION,
              "detain|detention cent|in detention|\\barrest|in custody|police (took|take|have|holding|are holding"
                  + "|station|caught|stopped and took)|locked up|\\bjail|\\bprison|taken by (the )?police"
                  + "|(police|cops)\\S*( \\S+){0,4} (taking|took|take|takes|dragging) (me|us|him|her|my)|taking (me|us) to (the )?(police )?station|held at (the )?(airport|border)|stuck (at|in) (the )?(\\S+ ){0,2}(airport|border|passport control|transit)|(застрял|zastryal)\\S* (в|на|v|na) (аэропорт|границ|паспортн|aeroport|granic)|(hava limaninda|serhedde) (ilis|qaldim)|задерж|арест|в полиции|забрали в полиц|полиция забрала|в отделении"
                  + "|в участке|в тюрьм|в кпз|забрали в (миграционк|миграционн|отдел|участок)|zabrali v (migracionk|migracionn|otdel|uchastok)|не да(ют|ет|ёт) (позвонить|связаться)|ne dayut pozvonit|изолятор|центр содержания|держат в аэропорт|держат на границ"
                  + "|zaderzh|arestov|v policii|v otdelenii|saxlanil|saxladilar|saxlayiblar|saxlayirlar|hebs"
                  + "|polis apar(di|ib)|polis tut|tutdular|tutublar|polisde(?! isle)|polis bolmes|polis sobe|tutulmus|tutulub"
                  + "|polis\\S* .{0,25}(saxla|tutub|tutdu|apardi)|(hava limaninda|serhedde) saxla"
                  + "|(менты|мусора) (забрали|взяли|повязали|увезли)|забрал\\S* полиц|zabral\\S* polic|(не говорят|не знаем),? куда ((его|ее|её|их) )?увезли|держат на (посту|таможне|заставе)|сняли с (поезда|рейса|самол[её]та|автобуса)|snyali s (poezda|reysa|samoleta|avtobusa)|stopped (me|us|him|her|my \\S+) at (the )?(\\S+ ){0,3}(airport|border|passport control)|(забрали|повязали|увезли) (менты|мусора)|(menty|musora) (zabrali|vzyali|povyazali|uvezli)|(men|people|guys|officers|someone|somebody) in uniform\\S*( \\S+){0,3} (took|take|taken|taking|grabbed)|(don'?t|do not|dont) know where (they )?(keep|are keeping|hold|are holding|took|have taken|taken) (him|her|them|my)|не знаем,? где (его|ее|её|их) (держат|содержат)|ne znaem,? gde (ego|ee|ih) (derzhat|soderzhat)|tutub apar|hara apar\\S* (demirler|demir|bilmirik|bilmirem|deyilmir)|(don'?t|dont|won'?t|wont) (say|tell (us|me)) where (they are taking|they take|they took)|(адвоката|юриста|advokata|yurista) не (пуска|пуст)\\S*|(advokata|yurista) ne (puska|pust)\\S*|(was|were|got|been) (taken|grabbed|picked up) (away )?(from|at|in|off) the (street|bazaar|market|work|metro)|(took|taken|grabbed|picked up) (my \\S+|him|her|them) (from|off|in) the street|(bolmeye|sobeye|polise) (aparib|apardi)\\S*|спецпри[её]мник|specpriemnik|spetspriemnik|deportation cent|депортационн|deportacionn|saxla(n)?ma merkez|deportasiya merkez"
                  // Turkish
                  + "|gozaltina (alindi|aldilar|aldi)|gozaltinda(yim|yiz)|gozalti merkezinde|karakol(a|da)? (goturul|goturdu|aldilar)"
                  + "|karakolda(yim|yiz| tut)|tutuklandi(m|k)|tutukladilar|nezarethane"
                  // Ukrainian
                  + "|затримал\\S*|затримали|затриман\\S*|заарештув\\S*|арештува\\S*|(у|в) відділку|(у|в) райвідділ\\S*|(у|в) відділенні поліції|поліція (забрала|забрали|тримає)|(забрали|відвезли) (в|у|до) (поліці|відділ|міграційн)\\S*|(у|в) камері|(у|в) ізолятор\\S*"
                  + "|zatrymal\\S*|zatryman\\S*|u viddilku|v raividdil\\S*"),
          rule(Urgency.DEPORTATION,
              "deportation order|expulsion order|removal order|(deport|deporting|expel|expelling) (me|us|my)"
                  + "|being deported|(will|going to|gonna|about to) be (deported|expelled)|deported (tomorrow|today|tonight)"
                  + "|(got|received|given|gave me|have) (a |an )?(deportation|expulsion)|ordered to leave|expelled"
                  + "|kick(ed|ing)? (me|us) out of the country|send(ing)? (me|us) back (home|to)"
                  + "|решение о (депорт|выдвор)|выдворяют|выдворят|выдворить|выдворение|о выдворении|депортир\\S* (меня|нас|мужа|жену|сына|дочь)"
                  + "|меня депорт|хотят депорт|нас депорт|(меня|нас) высыла|предписание покинуть|обязали выехать"
                  + "|deportiru|vydvor|deport (edirler|edecekler|olunuram)|meni deport"
                  + "|bizi deport|olkeden cixar\\S*(lar|acaq|ecek|ir)|cixarilma.{0,20}qerar|deport\\S* q[ae]rar|meni geri gonder"
                  + "|(must|told to|ordered to) leave (the )?(country|azerbaijan) (in|within) \\d+|\\d+ (gun|saat) (erzinde|icinde|muddetinde) olkeni terk|в течение \\d+ (дн|суток|час)\\S* (покинуть|выехать)|v techenie \\d+ (dn|sutok|chas)\\S* (pokinut|vyehat)|\\d+ days to leave"
                  + "|(deportation|expulsion|removal) decision|terk etme(k|si|yim)? (barede|haqqinda) qerar|(olkeni terk|cixarilma|cixarilmag)\\S*.{0,30}qerar\\S* (verdi|verib|cixardi|cixarib|gelib|gonder)|решени\\S* о (выезде|выдворен)|reshenie o (vyezde|vydvoren)|decision (that i|for me to|to) leave|вышлют|vyshlyut|vyshlut"
                  // Turkish
                  + "|sinir disi ed(iyorlar|iliyorum|ildim)|deport ed(iyorlar|iliyorum)"
                  + "|ucaga (bindirdiler|bindiriyorlar|koyacaklarmis|koyuyorlar)"
                  // Ukrainian
                  + "|депортують (мене|нас|чоловіка|дружину|сина)|(мене|нас) депорт\\S*|рішення про (депортац|видворен)\\S*|видворяють|видворять|видворення|зобов'язали виїхати|зобовʼязали виїхати|висилають (мене|нас)|протягом \\d+ (днів|діб|годин)\\S* (покинути|виїхати)"
                  + "|deportuiut|rishennia pro deport\\S*"),
          rule(Urgency.TRAFFICKING,
              "(выходить|выйти) не (разрешают|дают|пускают)|не разрешают (нам |мне )?выходить|trafficked|force (me|us|her) to do|forced (me|us|her) to do|victim of (human )?trafficking|trafficking victim|forced? (me |us )?to work|sold (me|us)"
                  + "|(can'?t|cannot|not allowed to|won'?t let (me|us)) leave(?! (her|him|them|my|our|his|their)\\b)|locked (me|us)|took (our|my) phones?"
                  + "|locked (her|him|them) in|took (her|his|their) phones?|\\bslave|debt bondage|жертв\\S* торговл|(меня|нас) продали|заставля\\S* работать|не выпуска"
                  + "|заперли|не да(ю|е)т уйти|отобрали телефон|рабств|насильно работ|zastavl\\S* rabotat|заставля\\S* делать|zastavl\\S* delat|ne vypuska"
                  + "|insan alver\\S* qurban|mecburi isle|zorla isl|satdilar|bagladilar|cixmaga (qoymur|icaze vermir)"
                  + "|buraxmirlar|buraxmir|telefonlarimizi (aldilar|aliblar)|qul kimi"
                  + "|не отпуст|пока не отработа|for help (from|through|out of) (the |a )?window|(colden|bayirdan|cole) (qifil|bagl)\\S*|(qifil|bagl)\\S* (colden|bayirdan|cole)|lock\\S* (the )?(\\S+ )?(gate|door|doors) from (the )?outside|from (the )?outside lock\\S*|снаружи (запира|закрыва)\\S*|(запира|закрыва)\\S* снаружи|snaruzhi (zapira|zakryva)\\S*|(zapira|zakryva)\\S* snaruzhi|pencereden (kagiz|not|yazi)\\S* at\\S*|waved (from|through|out of) (the |a )?window|(girls|women|kids|children|people)\\S*.{0,40}(look|looked|seem|seemed) (scared|afraid|frightened|terrified)|из окна\\S* (просил|звал)\\S* (о )?помощ|ne otpust|poka ne otrabota|work off (my|the|a|our) debt|entertain\\S* men\\b"
                  + "|заставля\\S* (спать )?с мужчинами|zastavlya\\S* (spat )?s muzhchinami|forc\\S* (her |me |us |them )?to (sleep|be) with men|kisilerle (yatmaga|olmaga) mecbur\\S*"
                  // Turkish
                  + "|zorla calistir|(disari )?cikmamiza izin vermiyor|birakmiyorlar|(kapiyi|odaya) kilitled"
                  // Ukrainian
                  + "|не (випускають|відпускають|випускає|відпускає)|(замкнули|зачинили) (нас|мене)|(забрали|відібрали) (у нас |у мене )?телефон\\S*|(змушують|примушують) (нас |мене )?працювати|(нас|мене) продали|рабств\\S*|як рабів"
                  + "|ne (vypuskaiut|vidpuskaiut)|zamknuly (nas|mene)"),
          rule(Urgency.CHILD_ALONE,
              "(child|kid|boy|girl|son|daughter|minor|baby)\\S*( is| was| are)?( left)? (alone|by (him|her)self"
                  + "|without (parents|adults|anyone))|(no|without) parents|unaccompanied|lost (a |my )?(child|kid|son|daughter)|alone child|(little |small )?(boy|girl|child|kid)\\S*.{0,40}\\balone (at|in|on|near|outside|by)\\b|(can'?t|cannot|cant) find (his|her|their) (parents|mom|mother|dad|father|family)"
                  + "|(child|kid)\\S* (is )?(missing|lost)|реб[её]н\\S*.{0,30}(один|одна|одни|без родител|потерял)"
                  + "|дет\\S* (одни|без родител)|потерял\\S* (реб|сын|доч)|без взрослых|оставили одн"
                  + "|(сын|дочь|дочку)\\S*.{0,40}(один|одна)(?![\\p{L}\\p{N}])|мне 1[0-7] (лет|год)|без мамы|usaq\\S*.{0,30}(tek|tenha|valideynsiz|valideyni yox|itib)"
                  + "|(tek|tenha) (bir )?(balaca |kicik )?(usaq|qiz|oglan)|yaninda (boyuk|valideyn)\\S* (yox|yoxdur|yoxdu)|(mal'?chik|devochk|rebenk|rebenok|rebyonok)\\S*.{0,40}(odin|odna|bez roditel|roditel\\S* net)|roditel\\S* net|azyasli.{0,20}tek|usaq itib|itkin usaq|tek usaq|usaq.{0,40}valideyn\\S* yox"
                  + "|(мальчик|девочк|малыш)\\S*.{0,40}(один|одна|без родител)|(родител|взросл)\\S* (нигде |рядом |поблизости )?нет|(roditel|vzrosl)\\S* (nigde |ryadom |poblizosti )?net"
                  + "|no (parents?|adults?|family|grown-?ups) (anywhere|around|nearby|with (him|her|them))|(little|small|young) (boy|girl|child|kid)\\S*.{0,60}\\bcrying"
                  + "|(son|daughter|child|kid|boy|girl|nephew|niece|brother|sister)\\S* (got |was |were |has been |have been |is |are |became )?separated from"
                  + "|(сын|дочь|дочка|реб[её]нок|сестр\\S*|брат)\\S* (потерял\\S*|отстал\\S*)|(oglum|qizim|usagim)\\S* .{0,20}(ayri dusdu|ayri qaldi|itdi|itib)"
                  + "|(balaca|kicik|azyasli) (bir )?(qiz|oglan|usaq)\\S*.{0,30}(tek|tenha)|valideyn\\S* (yoxdu|itib|gorunmur|gelmeyib)|(anasi|atasi|anam|atam|valideyn\\S*)( \\S+){0,3} (gelmedi|gelmeyib|qayitmadi|qayitmayib)\\S*"
                  + "|(i'?m|i am) 1[0-7]\\b.{0,120}\\balone|mne 1[0-7] (let|god)|(я|ya) (один|одна|odin|odna) (дома|doma)"
                  + "|(не пришла|не пришел|ne prishla|ne prishel) (домой|domoi|domoj)|(mom|mother|dad|father|parents)\\S* .{0,60}(didn'?t|did not|never|not) come back|parents\\S* (are |have been |been |were )?gone\\b"
                  + "|(родител\\S*|мама|мать|папа|отец)( \\S+){0,3} (уехал\\S*|ушл\\S*|уш[её]л)( \\S+){0,3} (и )?не (вернул|пришл|приш[её]л)\\S*"
                  + "|(roditeli|mama|mat'?|papa|otec)( \\S+){0,3} (uehal\\S*|ushl\\S*|ushel)( \\S+){0,3} (i )?ne (vernul|prishl|prishel)\\S*"
                  // Turkish
                  + "|(tek|yalniz) basina (agliyor|kalmis|kaldi|oturuyor|bekliyor|dolasiyor|uyuyor)|(annesini|ailesini|babasini) kaybetmis"
                  + "|(annem|babam|annesi|babasi|ailesi)\\S*( \\S+){0,2} (gundur|saattir|gecedir)( \\S+){0,2} (donmedi|gelmedi|yok)"
                  + "|(ailesi|annesi|babasi) (onu |onlari )?birakip gitmis"
                  // Ukrainian
                  + "|дитина (сама|одна)|(дитину|дітей) (саму|одну|самих) (залишили|кинули)|(діти|дитина) (залишил\\S*|лишил\\S*) (сам|сама|самі|одн)\\S*|без батьків|батьків (немає|нема)|(мама|мати|тато|батьки)( \\S+){0,3} (не повернул|не прийшл|не прийш)\\S*|загуби\\S* (дитину|сина|доньку)|(мені|мне) 1[0-7] (років|рік)|я (сама|сам) вдома"
                  + "|dytyna (sama|odna)|bez batkiv"),
          rule(Urgency.PASSPORT_TAKEN,
              "(took|taken|take|keeps?|keeping|kept|holding|holds|confiscated|hid|stole|locked|won'?t (give|return)"
                  + "|refuses? to (give|return)|(don'?t|doesn'?t|do not|does not|didn'?t|never) (give|gave|return)( back)?)"
                  + ".{0,25}(my|our|her|his) (pass?port|documents|id)"
                  + "|(my|our) (pass?port|documents)\\S*.{0,30}(taken|confiscated|kept|held|holding|keeping|won'?t give)"
                  + "|(забрал|отобрал|не отда|не возвращ|удерживает|держит у себя|спрятал)\\S*.{0,30}(паспорт|документ)"
                  + "|(паспорт|документ)\\S*.{0,30}(забрал|отобрал|не отда|не возвращ|спрятал|держит у себя)"
                  + "|(забрал|отобрал|не отда|не возвращ|спрятал)\\S*.{0,30}pass?port"
                  + "|(zabral|otobral|ne otda).{0,25}(pasport|dokument)|(pasport|dokument)\\S*.{0,20}(zabral|otobral)"
                  + "|(pasportum|senedlerim)\\S*.{0,30}\\b(aldi\\b|aldilar|alib\\b|aliblar|goturub|goturdu\\b|goturduler|vermir|qaytarmir"
                  + "|saxlayir\\b|saxlayirlar|saxlayib|elinde|gizled\\S*)"
                  + "|\\b(goturub|aldi\\b|aldilar|saxlayir\\b|saxlayirlar|gizledib).{0,20}(pasportum|senedlerim)|pasportlar\\S*.{0,20}(yigib|yigdi|seyfe)"
                  // Ukrainian
                  + "|(забрав|забрала|забрали|відібрав|відібрали|не віддає|не віддають|не повертає|не повертають|тримає у себе|сховав)\\S*.{0,30}(паспорт|документ)|(паспорт|документ)\\S*.{0,30}(забрав|забрали|відібрав|відібрали|не віддає|не віддають|не повертає)"
                  + "|(паспорт|документ)\\S*.{0,30}(віддасть|віддадуть|поверне|повернуть) (тільки|лише) (коли|як|після)"
                  + "|(zabrav|vidibrav|ne viddaie)\\S*.{0,25}(pasport|dokument)"),
          rule(Urgency.HUMAN_REQUEST,
              "(talk|speak|chat|connect me) (to|with) (a |an |the )?(human|person|real person|someone|somebody"
                  + "|operator|agent|member|consultant|lawyer|volunteer)"
                  + "|real (person|human)|human please|(need|want|get) (a |an )?(human|operator|live agent)|human operator"
                  + "|(don'?t|do not) want (a |the |to talk to a )?bot|not (with )?a bot|live agent|call me back"
                  + "|живой человек|живым человеком|не с ботом|с человеком|позвоните мне"
                  + "|(соедин|позов|дайте|нужен|хочу)\\S*( с)? [ао]ператор|[ао]ператор\\S* (пожалуйста|нужен|срочно)"
                  + "|(поговорить|связаться|соедините)\\S*.{0,20}(консультант|человек|специалист|юрист|кем-то|волонт)"
                  + "|mozhno operatora|operator\\S* (nuzhen|nujen|srochno)|(nuzhen|nujen) operator|zhivo\\S* chelovek|s chelovekom|insanla danis|canli (insan|adam|biri)|adamla danis"
                  + "|emekdasla danis|mutexessisle danis|huquqsunasla danis|biri ile danis|kimse ile danis|real insan"
                  + "|uzvle danis|konsultantla|operator(la|a|u)? (danis|lazim|isteyir|istiyir|ver)"
                  + "|(isci|emekdas|insan|adam|kimse) cavab versin|mene zeng edin|insan lazim|(bir )?adam yazsin|zeng (elesin|etsin|eleyin)"
                  + "|bot(la|a)? (yazmaqdan|danismaqdan) yoruldum|canli operator|operator(la|a)? elaqe|bot(la|a)? danismaq istemirem|(insanla|adamla|emekdasla) elaqe"
                  + "|(живо\\S*|реальн\\S*|настоящ\\S*) (оператор|консультант|специалист)|operator\\S*,? (pls|plz|pliz)\\b|(zhivo\\S*|realn\\S*) (operator|konsultant)|бот не помога|bot ne pomoga|bot (isn'?t|is not|doesn'?t|does not|don'?t) help|bot komek etmir|с живым|живым ч|живой ч|zhivym|zhivoy|[ао]ператор\\S* есть|есть (ли )?[ао]ператор|operator\\S* est\\b|est\\S* (li )?operator|дай(те)? человека|day(te)? cheloveka|не бота(?![\\p{L}\\p{N}])|ne bota\\b"
                  + "|live person|an operator|(someone|somebody|anyone|anybody) real\\b|(your )?answers? (are |is )?not help\\S*|operator,? please|real (operator|agent|consultant|member)|not (a )?bot\\b|actual (person|human|people|member)|someone (to )?call me|(живого|живой|реальн\\S*|настоящ\\S*) человек"
                  + "|(zhiv|realn|nastoyash)\\S* chelovek|не робот|ne robot|not a robot|бот (ничего )?не понима"
                  + "|bot (nichego )?ne ponima|bot (doesn'?t|does not|don'?t) understand|bot basa dus(mur|mir)"
                  // Turkish
                  + "|(bir |gercek bir )?(insanla|gorevliyle|operatorle|yetkiliyle) (konusmak|gorusmek)|gercek bir (insan|gorevli)"
                  + "|canli destek|bot degil"
                  // Ukrainian
                  + "|жив(у|ою|а|ої) людин\\S*|з людиною|не з ботом|(поговорити|зв'язатися|звʼязатися|з'єднайте|зʼєднайте)\\S*.{0,20}(консультант|людин|юрист|кимось|оператор)|(потрібен|потрібна|треба|дайте|покличте) (оператор|людин|консультант)\\S*|оператор\\S*,? будь ласка"
                  + "|zhyv(u|oiu) liudyn\\S*|z liudynoiu"));

  private static final String UNPAID_SOURCE =
      ("(not|n'?t|never|no) (been )?(paid|pay)|(didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t) (paid|pay)|unpaid|salary|wages|owes? (me|us)|не плат|не заплат"
          + "|не платить|не платять|не заплатив|не заплатили|не виплачу\\S*|заробітн\\S* плат|винен (мені|нам)|винні (мені|нам)|ne platyt\\S*"
          + "|не выплач|зарплат|zarplat|ne plat|maas|pulumu vermir|pulumuzu vermir|odemir|pul vermir|haqqimi vermir"
          + "|долж(ен|на|ны) (мне|нам)|dolzh(en|na|ny) (mne|nam)|(требовать|просить|trebovat|prosit)\\S* (деньги|dengi)|деньги за работ|dengi za rabot|mene borc|borcunu vermir|no salary|no pay\\b|(bir )?qepik (de )?ver(mir|meyib|miyib)\\S*|pul(umuzu|umu)? ver(meyib|miyib)\\S*|(asked|ask|asking) for (our|my|the) (money|salary|wages|pay)\\b|pulumu(zu)? (isteyende|istedim|istedik)|haqqimi(zi)? isteyende|maas\\S* (isteyende|istedim|istedik)");
  private static final String THREAT_SOURCE =
      ("threat|if (i|we) complain|угрож|грози|запуга|сдам\\S* в полиц"
          + "|погрож|залякує|залякують|здасть|здадуть|здам|вб'ю|вбʼю|уб'ю|вб'є|вбʼє|уб'є|поламаю|зламаю|пошкодуєш|зникнеш|pohrozh"
          + "|сдаст|сломает|убь[её]т|боюсь|afraid|scared"
          + "|депорт|ugrozh|hedele|qorxud|tehdid|polise ver|deport|tehdit|gomerim|oldururum|oldurecek"
          + "|закопа|убь[её]м|ub'?y?et|ubyut|grozi|zakopa|пожалеешь|kill (me|us)|hurt (me|us)|beat (me|us)"
          + "|сломаю|убью|slomayu|ubyu|qiraram|qiracam|qiracagam|sindiraram|sindiracam|oldurerem|olduracem|doyeceyik|doyerik|doyerem|doyeceyem|vuracagiq"
          + "|olduracagam|finish (me|you|us)\\b|break your|call( (his|her|their|the|my))?( \\S+)? (police|cops)|break (my|his|her|our|your) (legs?|arms?|bones|head)|make (me|us) (disappear|dissapear|disapear)|(will|gonna|would) (disappear|dissapear|disapear)"
          + "|nobody (will )?(ever )?find (me|you|us|him|her)"
          + "|исчезн|ischezn|basini kes|basdira(cam|ram|cagam|caq)|hec kim (seni |sizi )?tap(maz|mayacaq)|сдам\\S* в миграц|sdam\\S* v migrac|никто (тебя |вас )?не найд\\S*|(тебя|вас) (вообще )?никто не найд\\S*|nikto (tebya |vas )?ne naid\\S*|agzini acsan|yox edecem|yox edecek|doyecek|vuracaq|oldurecek|knife|нож|nozh|bicaq|shut up|заткн|zatkn|agzini yum|переломаю|переломает|переломаем|perelomayu|perelomaet|slomaet|slomayut|miqrasiyaya (ver|teslim) (ecem|erem|eceyem|ecek)\\S*|adamlari(mi|ni|n)? (da )?gonder(ecem|erem|eceyem|ecek)\\S*|qorxuram|qorxuruq|сдам тебя|сдаст тебя|sdam tebya|откроешь рот|otkroesh rot|with (sticks|bats|knives|clubs|a knife|a bat)|(we are|we're|i am|i'm|we|i) (now )?hiding|прячемся|прячусь|pryachemsya|gizlenirik|gizlenirem|gizlenmisik");

  /**
   * "What happens if someone is arrested?" asks about the rules; "they arrested my husband" is a case. Only for
   * detention and deportation is the conditional form common in ordinary questions, so only those rules read
   * the text with such clauses cut out; anything outside the clause ("he was arrested, if they deport him…")
   * still counts.
   */
  static final String HYPOTHETICAL_SOURCE =
      "if (they|i|we|you|he|she|someone|somebody|a person|people|migrants?|foreigners?|a foreigner)( ever)?"
          + "( get| gets| is| are| am| was| were| be| been)? (arrested|detained|deported|expelled|caught)"
          + "|(что (будет|быва\\S*)|ch?to (budet|byva\\S*)),? (если|esli) [^.?!]{0,80}"
          + "|\\S+(salar|seler)\\b[^.?!]{0,40}"
          // The same for "if I/we …": "geri qayıtsam məni həbs edəcəklər" fears the home country (not the
          // perfect "saxlanılmışam", folded "saxlanilmisam").
          + "|\\p{L}{3,}(?<!mi|mu)(sam|sem|saq|sek)\\b[^.?!]{0,40}"
          // The whole clause: "if inspection catch me is it prison??" asks what the punishment is ("catc", "ceck":
          // the Azerbaijani-folded view reads "ch" as "c").
          + "|if (\\S+ ){0,2}(catch(es)?|catc(es)?|caught|finds?|found|c(h)?ecks?|stops?|takes?|arrests?|detains?)( (me|us|him|her|them))?[^,.!?]{0,40}"
          // A rule told as a consequence: "if u work without permit they deport u".
          + "|if (u|you|i|we|someone|a person|foreigners?|migrants?) [^,.!?]{0,50}(they|police|he|she)( will| would| can| could|'ll)? (arrest|deport|detain|expel|jail)\\S*( (me|you|u|us|him|her|them))?"
          // Fear of what may happen: "I'm scared they deport me", "боюсь, что меня вышлют".
          + "|(scared|afraid|worried|vorried|fear)( that)?( they('ll| will| vill)?| police| i('ll| will| vill)?)?( be| get)? (deport|arrest|expel|jail)\\S*"
          // ... also with words between, to the end of the clause: "scared that at the airport they will deport me or put me in jail".
          + "|(scared|afraid|worried|vorried|fear)\\S*( that)? [^,.?!;]{0,40}(will|'ll|vill|would|might|may|can|could|gonna|going to) [^,.?!;]{0,30}(deport|arrest|expel|jail|prison|detain|send)[^,.?!;]*"
          + "|(боюсь|boyus),? (что|chto) [^.?!]{0,30}(депорт|арест|задерж|вышл|выдвор|deport|arest|zaderzh|vyshl|vydvor)\\S*"
          // The same in Ukrainian: "що буде, якщо …", "боюся, що мене депортують".
          + "|(що|шо|scho|shcho) (буде|бува\\S*|bude),? (якщо|якшо|коли|yakshcho|yakscho) [^.?!]{0,80}"
          + "|(боюся|boiusia),? (що|шо|scho|shcho) [^.?!]{0,30}(депорт|арешт|затрим|вишл|видвор|deport|zatrym)\\S*"
          + "|(scared|afraid|worried|vorried|fear)\\S*,? (will|vill|would|vould|can|could|do|are) (they|police|i)[^.?!]{0,40}"
          // Hearsay checked: "dedilər deport edirlər, düzdü?", "говорят, сразу депортируют, это правда?"
          + "|(dedi|dediler|deyir|deyirler|esitdim|esitmisem)[^.?!]{0,60}(duzdu|duzdur|dogrudur|dogrudu)\\S*"
          // What one heard others suffer: "eşitdim ki, icazəsiz işləyənləri tutub çıxarırlar" tells no case.
          + "|(esitdim|esitmisem|deyirler|deyilir) ki,?[^.?!]{0,80}"
          + "|(they say|people say|i heard|i hear|my friend says?)[^.?!]{0,60}(is (it|that|this) true|true\\?)"
          + "|(говорят|слышал\\S*)[^.?!]{0,60}(это правда|правда ли|правда\\?)"
          // Long past: "меня выдворили в 2022" asks about coming back, not about a deportation now.
          + "|\\S*(выдвор|депорт|vydvor|deport)\\S* (в|v|in) (19|20)\\d\\d"
          // Sent back to Azerbaijan from abroad: a returning citizen's readmission, not a removal from here.
          + "|\\S*(выдвор|депорт|vydvor|deport|send|sending|sent)\\S*( \\S+){0,4} (to|в|v) (azerbaijan|baku|азербайджан|баку|azerbaidzhan)\\S*"
          + "|(azerbaycana|bakiya) (geri )?(deport|qaytar)\\S*"
          // The same told with the year first: "2019da məni ölkədən çıxarmışdılar".
          + "|(19|20)\\d\\d\\S*( \\S+){0,3} (olkeden )?(cixar|deport)\\S*";
  private static final WordStartPattern HYPOTHETICAL = WordStartPattern.compile(HYPOTHETICAL_SOURCE);
  private static final Set<Urgency> ASKED_HYPOTHETICALLY = EnumSet.of(Urgency.DETENTION, Urgency.DEPORTATION);

  /**
   * "I am two weeks late — will they deport me? What is the fine?" is a worried question about the rules, not a
   * deportation in progress. A clause of a question that asks about the future ("will they…", "депортируют?",
   * "çıxarılaram?") is read like a conditional clause, unless its sentence also says when it happens (today, tomorrow).
   */
  private static final Pattern FUTURE_OR_MODAL = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:will|would|vill|vould|can|could|might|may|going to|gonna|do they|are they|yoxsa"
          + "|будет|будут|могут|может|ли|budet|budut|mogut|mozhet|li|olar|bilerem|bilerler|bilerik|mi|eder|edər"
          // A future the endings below miss (-ат is too common to list: "брат", "адвокат").
          + "|задержат|zaderzhat"
          // Ukrainian: the question particle "чи" and the future "буде", "будуть" (the endings below cover "затримають").
          + "|чи|буде|будуть|chy|bude|budut)(?![\\p{L}\\p{N}])"
          + "|(?<![\\p{L}\\p{N}])\\p{L}{2,}(ют|ят|ут|yut|iut|yat|acaq|ecek|əcək|ajaq|ejek|əjək|acax|ecex|acaqlar|ecekler|əcəklər|aram|erem|ərəm|arlar|erler|ərlər"
          + "|arsan|ersen|ərsən|armi|ermi|ərmi)"
          + "(?![\\p{L}\\p{N}])");
  /**
   * Words that date the thing to now. "Now" itself is not among them: it also starts worried questions ("indi
   * məni deport edəcəklər?") and describes lateness ("now it's 3 weeks late"); on the dev set it told of nothing
   * happening that the rules missed.
   */
  private static final Pattern HAPPENING_NOW = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:tomorrow|tonight|today|right now|завтра|сегодня|ночью|zavtra|segodnya|sabah|bu gece|bu gun)"
          + "(?![\\p{L}\\p{N}])");
  /**
   * "deport edirlər?" ending a question asks what is done in general ("do they deport?"); the same verb with
   * something after it ("aparırlar, nə edim?") tells what is happening and stays.
   */
  private static final Pattern GENERAL_PRESENT_QUESTION = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{L}{2,}(irler|irlar|ırlar|urlar|ürlər|urler|ırlər|irlər)\\s*\\?+\\s*$");
  /**
   * "will they deport me for this" is a question even when the phone's keyboard left out the question mark
   * (also in the Azerbaijani-folded view, where it reads "vill"), also as a later clause ("what will happen now,
   * will i go jail or deport").
   */
  private static final Pattern QUESTION_OPENING = Pattern.compile(
      "(^|[,;:])\\s*(will|vill|would|vould|can|could|do|does|are|is|should|sould|may|might|shall|sall)\\s+(they|i|we|you|he|she|it|the police|police)"
          + "(?![\\p{L}\\p{N}])");
  /** "jail or deport?", "штраф или тюрьма?": a clause weighing two outcomes asks what the rule is. */
  private static final Pattern ALTERNATIVES_QUESTION = Pattern.compile(
      "^[^\\p{L}]*(\\p{L}+ ){0,2}\\p{L}+ (or|или|ili|yoxsa|ya da) (\\p{L}+ ){0,2}\\p{L}+[^\\p{L}]*$");
  /** "what can happen to him, deportation??": a clause of one or two words asked about names an outcome. */
  private static final Pattern BARE_OUTCOME_QUESTION = Pattern.compile("^[^\\p{L}]*(\\p{L}+ )?\\p{L}+[^\\p{L}]*\\?[^\\p{L}]*$");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");

  private static final WordStartPattern UNPAID = WordStartPattern.compile(UNPAID_SOURCE);
  private static final WordStartPattern THREAT = WordStartPattern.compile(THREAT_SOURCE);

  /**
   * Every alternative starts at the beginning of a word, so matching is tried only there, and only with the
   * alternatives that can start with the two letters found there ({@link WordStartPattern}).
   */
  private static Rule rule(Urgency urgency, String regex) {
    return new Rule(urgency, regex, WordStartPattern.compile(regex));
  }

  /** The rules' regular expressions, for the test that checks the fast matching against plain regex. */
  static List<String> sources() {
    List<String> all = new java.util.ArrayList<>(RULES.stream().map(Rule::source).toList());
    all.add(UNPAID_SOURCE);
    all.add(THREAT_SOURCE);
    all.add(HYPOTHETICAL_SOURCE);
    all.addAll(DangerSignals.sources());
    return all;
  }

  private final Optional<UrgencyModel> model;

  /** The rules, then the shipped {@link UrgencyModel} for what no rule recognises. */
  public UrgencyDetector() {
    this(Optional.of(UrgencyModel.shipped()));
  }

  public UrgencyDetector(Optional<UrgencyModel> model) {
    this.model = model;
  }

  /** The rules alone: what labels the training questions, and what the rule tests pin down. */
  public static UrgencyDetector rulesOnly() {
    return new UrgencyDetector(Optional.empty());
  }

  /** The most pressing reason the text is urgent, if any. */
  public Optional<Urgency> detect(String text) {
    RulesVerdict byRules = rules(text);
    // Where a rule recognised a worried question about the rules ("will they put me in jail?"), that judgement
    // stands: the model has seen too few such questions to overrule it.
    if (byRules.urgency().isPresent() || byRules.askedAboutRules() || model.isEmpty()) {
      return byRules.urgency();
    }
    // And what the person states must be alarming on its own, without the worried questions and conditionals
    // ("is it true police will deport you at once?"), which the model alone weighs too heavily.
    return model.get().classify(text)
        .filter(found -> model.get().probability(statements(text)) >= model.get().threshold());
  }

  /** The text, folded, with conditional clauses and worried questions blanked out: what the person states. */
  public static String statements(String text) {
    List<String> all = views(text);
    return withoutQuestionsAboutRules(ScannedText.of(all.get(Math.min(1, all.size() - 1))));
  }

  /**
   * What the rules alone make of a text.
   *
   * @param askedAboutRules a rule matched, but only inside a question about the rules or a hypothetical
   */
  public record RulesVerdict(Optional<Urgency> urgency, boolean askedAboutRules) {}

  public RulesVerdict rules(String text) {
    List<ScannedText> views = views(text).stream().map(ScannedText::of).toList();
    // The same views with conditional clauses and worried questions blanked out, made once and only if asked for.
    AtomicReference<List<ScannedText>> blanked = new AtomicReference<>();
    Supplier<List<ScannedText>> statements = () -> blanked.updateAndGet(done -> done != null ? done
        : views.stream().map(view -> ScannedText.of(withoutQuestionsAboutRules(view))).toList());
    DangerSignals.Cues cues = new DangerSignals.Cues(views, statements);
    boolean asked = false;
    for (Rule rule : RULES) {
      for (int i = 0; i < views.size(); i++) {
        if (!rule.pattern().find(views.get(i))) {
          continue;
        }
        if ((!ASKED_HYPOTHETICALLY.contains(rule.urgency()) || rule.pattern().find(statements.get().get(i)))
            && !(rule.urgency() == Urgency.PASSPORT_TAKEN && DangerSignals.calmPassportQuestion(cues))
            && !(rule.urgency() == Urgency.TRAFFICKING && DangerSignals.askedInGeneral(cues))) {
          return new RulesVerdict(Optional.of(rule.urgency()), false);
        }
        asked = true;
      }
    }
    for (ScannedText view : views) {
      if (UNPAID.find(view) && THREAT.find(view)) {
        return new RulesVerdict(Optional.of(Urgency.WAGES_THREATS), false);
      }
    }
    return new RulesVerdict(DangerSignals.combine(cues), asked);
  }

  /** The text with conditional clauses and worried questions about the future blanked out. */
  static String withoutQuestionsAboutRules(ScannedText view) {
    String text = HYPOTHETICAL.replaceAll(view, " ");
    Matcher sentence = SENTENCE.matcher(text);
    StringBuilder kept = new StringBuilder(text.length());
    while (sentence.find()) {
      String s = sentence.group();
      // Dated to now ("they deport me tomorrow, what do I do?"): the sentence tells what happens. Only that
      // sentence: "refused today. will they put me in jail?" still asks in the next one.
      if (!s.contains("?") && !QUESTION_OPENING.matcher(s).find() || HAPPENING_NOW.matcher(s).find()) {
        kept.append(s);
        continue;
      }
      for (String clause : s.split("(?<=[,;:])")) {
        boolean worried = FUTURE_OR_MODAL.matcher(clause).find() || GENERAL_PRESENT_QUESTION.matcher(clause).find()
            || clause.contains("?") && (ALTERNATIVES_QUESTION.matcher(clause).find()
                || BARE_OUTCOME_QUESTION.matcher(clause).find());
        kept.append(worried ? " " : clause);
      }
    }
    return kept.toString();
  }

  /** The first view: lower case with ё as е and a typographic apostrophe as a plain one. */
  static String lower(String text) {
    return Synonyms.lowerKeepingLength(text).replace('ё', 'е').replace('’', '\'');
  }

  static List<String> views(String text) {
    String lower = lower(text);
    String folded = AzerbaijaniFoldingFilter.fold(lower);
    String azLatin = Scripts.azCyrillicToLatin(lower);
    // Latin text has no Cyrillic to map and Cyrillic text nothing to fold, so usually two views are equal.
    if (azLatin == lower) {
      return lower.equals(folded) ? List.of(lower) : List.of(lower, folded);
    }
    return java.util.stream.Stream.of(lower, folded, AzerbaijaniFoldingFilter.fold(azLatin)).distinct().toList();
  }
}
