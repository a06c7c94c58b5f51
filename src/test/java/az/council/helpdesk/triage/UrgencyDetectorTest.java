package az.council.helpdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class UrgencyDetectorTest {
  private final UrgencyDetector detector = new UrgencyDetector();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "the police detained me at the metro, what do i do|DETENTION",
    "меня задержали, сижу в отделении|DETENTION",
    "polis meni saxlayib, buraxmirlar|DETENTION",
    "I received a deportation order yesterday|DEPORTATION",
    "мне вручили решение о выдворении|DEPORTATION",
    "my boss took my passport and won't give it back|PASSPORT_TAKEN",
    "работодатель забрал паспорт и не отдает|PASSPORT_TAKEN",
    "isegoturen pasportumu alib vermir|PASSPORT_TAKEN",
    "they locked us in and force us to work|TRAFFICKING",
    "he has not paid me for 3 months and threatens to call the police on me|WAGES_THREATS",
    "не платят зарплату и угрожают депортацией|WAGES_THREATS",
    "my husband beats me|VIOLENCE",
    "ərim məni döyür|VIOLENCE",
    "there is a child alone at the station|CHILD_ALONE",
    "I want to kill myself|SELF_HARM",
    "не хочу больше жить|SELF_HARM",
    "özümü öldürmək istəyirəm|SELF_HARM",
    "can I talk to a real person please|HUMAN_REQUEST",
    "хочу поговорить с живым человеком|HUMAN_REQUEST",
    "operatorla danışmaq istəyirəm|HUMAN_REQUEST",
    "оглума депортасия гарары вериблер|DEPORTATION",
    "the paper says he must leave azerbaijan in 5 days|DEPORTATION",
    "сказал, пока не отработаю долг, не отпустит|TRAFFICKING",
    "зарплату не платят, сказали спросишь ещё раз закопаем|WAGES_THREATS",
    "zarplatu ne platyat, hozyain grozit chto ub'et|WAGES_THREATS",
    "сосед избивает жену|VIOLENCE",
    "got atacked on the street, still bleeding|VIOLENCE",
    "на вокзале мальчик сидит один уже три часа|CHILD_ALONE",
    "metroda balaca bir qiz tek oturub|CHILD_ALONE",
    "im 15 and my mom didnt come back, im alone|CHILD_ALONE",
    "thinking about ending everything|SELF_HARM",
    "drug skazal chto sprygnet s mosta|SELF_HARM",
    "саедините с живым челавеком|HUMAN_REQUEST",
    "my husband was arrested yesterday, what if they deport him|DETENTION",
    "they hold all our passports and say we owe them a debt|TRAFFICKING",
    "пограничники держат меня в комнате уже пять часов|DETENTION",
    "hər gün işlədirlər, getmək istəyəndə vurdular|VIOLENCE",
    "oğlumu sahibkar yanında saxlayır, evə qaytarmır|TRAFFICKING",
    "a man attacked my friend with a knife near the metro|VIOLENCE",
    "they will deport me tomorrow morning, what can i do?|DEPORTATION",
    "my husband was arrested, will they deport him?|DETENTION",
    "they gave me a court decision on expulsion yesterday|DEPORTATION",
    "maaşımı 2 aydır vermir, qorxuram|WAGES_THREATS",
    "муж опять бьёт, я боюсь идти домой|VIOLENCE",
    "сестру заставляют, пишет мне тайком|TRAFFICKING",
    "give me a live person now|HUMAN_REQUEST",
    "my nephew is 14 years old and is on his own at the bus station|CHILD_ALONE",
    "maaşımı istəyəndə dedi ki, başını sındıraram|WAGES_THREATS",
    "пришло письмо о депортации, что делать|DEPORTATION",
    "i want to end it tonight|SELF_HARM",
    "they force me to work at night and i can't go outside|TRAFFICKING",
    "ne hochu bolshe jit, vse nadoelo|SELF_HARM",
    "позовите живого консультанта, бот не помогает|HUMAN_REQUEST",
    "stuck in the airport transit 6 hours, they dont let me go anywhere|DETENTION",
    "maaşımı vermir, dünən adamları bıçaqla otağıma gəldi|WAGES_THREATS",
    "ölkəni tərk etmək barədə qərar verdilər, nə edim|DEPORTATION",
    "maaş vermirlər, qaçsam döyəcəklər|WAGES_THREATS",
    "ozume nese edecem, artiq dozmurem|SELF_HARM",
    "canlı operatorla əlaqə saxlayın|HUMAN_REQUEST",
    "bacımın pasportunu alıblar, məcbur edirlər gecə də işləsin|TRAFFICKING",
    "they gave me a paper, I must leave country within 10 days|DEPORTATION",
    "my salary is 3 months late and he says he will make me disappear|WAGES_THREATS",
    "i dont want live like this anymore|SELF_HARM",
    "metroda tək bir oğlan ağlayır, yanında böyük yoxdur|CHILD_ALONE",
    "na ostanovke devochka let 6, roditelei net ryadom|CHILD_ALONE",
    "бригадир должен мне 900 манат, сказал заткнись или закопаю|WAGES_THREATS",
    "сижу на мосту, никому я здесь не нужна|SELF_HARM",
    "they force me to do things i dont want and dont give back my passport|TRAFFICKING",
    "the hotel owner does not give back my passport|PASSPORT_TAKEN",
    "no salary 3 months, boss says he will break my legs if i complain|WAGES_THREATS",
    "в парке девочка лет 7, родителей нигде нет|CHILD_ALONE",
    "two cops are taking me to the police station now, i did nothing|DETENTION",
    "we work 14 hrs a day for no money and they say if we run the police will catch us|WAGES_THREATS",
    "i want to finish everything tonight|SELF_HARM",
    "real operator please, not bot|HUMAN_REQUEST",
    "I need an actual person to look at my case|HUMAN_REQUEST",
    "privezli nas rabotat, dokumenty zabrali, zastavlyayut delat vsyo chto skazhut|TRAFFICKING",
    "kogda prosim dengi za rabotu, hozyain grozit nozhom|WAGES_THREATS",
    "мужа забрали в миграционку, держут и не дают позвонить|DETENTION",
    "не вижу смысла жить, устал от всего|SELF_HARM",
    "сегодня всё закончу, простите меня|SELF_HARM",
    "he didnt pay me for 2 months and said nobody will find me if i complain|WAGES_THREATS",
    "a small girl about 5 alone near the metro exit, cant find her parents|CHILD_ALONE",
    "we work 15 hour every day and get nothing, he says he will kill us if we complain|VIOLENCE",
    "we work 18 hour a day for no money, afraid to say anything|WAGES_THREATS",
  })
  void detect_situationsNeedingAPerson(String text, Urgency expected) {
    assertThat(detector.detect(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "what is the fine for overstaying my visa",
    "can an employer keep a worker's passport?",
    "как узнать, есть ли у меня запрет на въезд",
    "insan alverinin əlamətləri nədir?",
    "which mobile operator is cheapest for foreigners",
    "how do I register my child at school",
    "maşının kondisioneri isti vurur",
    "do migrants get a free lawyer if they ever get arrested?",
    "chto byvaet esli prosrochil prebyvanie, deportiruyut srazu ili shtraf?",
    "что будет, если меня задержат без регистрации?",
    "vizasız işləyəni tutsalar ölkədən çıxarırlar?",
    "polisdə işləmək üçün hansı imtahanlar var",
    "Qeydiyyatı 10 gün gecikdirdim, həbs edərlər?",
    "overstayed by a week, will they deport me or is it just a fine?",
    "виза закончилась неделю назад, меня депортируют? какой штраф",
    "employer keeps my passport, I'm not in danger, just asking if that is legal",
    "I have a bank debt, can I still leave the country?",
    "my child needs a residence permit, the school keeps asking for it",
    "my boss keeps my passport in the office safe, is that legal?",
    "I'm afraid they will deport me because my registration is late, what is the fine",
    "меня депортировали в 2021, когда можно вернуться?",
    "sənədsiz qalmışam, cərimə yoxsa həbs edərlər?",
    "my 12 year old son needs a residence permit, what documents?",
    "Vizam 5 gün əvvəl bitib, polis görsə həbs edər? İndi nə edim",
    "icazəsiz işləyirdim, indi məni deport edəcəklər? cərimə nə qədər",
    "ölkəni tərk etmək qərarına gəldim, hansı sənədlər lazımdır",
    "my flight was cancelled and I am stuck in Baku, can I extend my stay?",
    "my visa ended 3 days ago, i am scared, will they put me in jail? what i do now",
    "pasportumu aldım, indi qeydiyyat üçün nə lazımdır",
    "10 gün artıq qalmışam, polis tutajaq? sonra yenə gələ bilərəm?",
    "icazəsiz işləyənləri tutsalar nə olur, deport edirlər?",
    "forgot to register and now it is 3 weeks late. will police arrest me? what is the fine",
    "overstayed 2 weeks, how much is the fine. will they deport me for this",
    "the netherlands is deporting me to Azerbaijan in May, can I get help finding work in Baku?",
    "can my kid travel alone to Russia with a notarised letter?",
  })
  void detect_questionsAboutRules_areNotUrgent(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u200b\u200f", "💥💥💥"})
  void detect_emptyOrSymbolOnly_isNotUrgent(String text) {
    assertThat(detector.detect(text)).isEmpty();
  }
}
