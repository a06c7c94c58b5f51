package az.council.helpdesk.triage;

/**
 * Words that only a question about migration uses: visa, residence permit, registration, citizenship,
 * deportation, asylum, consulate (and ВНЖ, прописка, qeydiyyat, vətəndaşlıq …). A message with one of them is
 * never told "I can only help with migration": long worried messages ("my visa finished 12 days ago, I didn't
 * notice, I'm really scared…") have so many words the FAQ never uses that they looked off-topic, and were
 * turned away with the very question the bot exists for. None of the 383 off-topic questions of the dev set
 * has one of these words; such a message gets suggestions instead (a wrong suggestion costs a tap, a wrong
 * "cannot help" costs the person).
 */
final class MigrationWords {
  static final String SOURCE = "visa|residen|permit\\b|permits\\b|passport|citizen|register|registr|deport|overstay|asylum|refugee"
      + "|migra|immigra|stateless|consul|embass|trp\\b|prp\\b"
      + "|виз[аыуе]|внж|пмж|вид на жительство|разрешени\\S* на (работу|проживание|жительство)|паспорт|гражданств"
      + "|регистрац|прописк|депорт|выдвор|просроч|убежищ|беженц|миграц|мигрант|консульств|посольств"
      + "|viz[auye]\\b|vnzh|pmzh|razreshen\\S* na (rabotu|prozhivanie)|pasport|grazhdan|registrac|propisk|prosroch|ubezhish"
      + "|bezhen|migrac|posolstv|vnj\\b|pmj\\b"
      + "|miv\\b|dyi\\b|icaze|vetendas|qeydiyyat|qacqin|siginacaq|miqrasiya|konsulluq|sefirlik"
      // Turkish, as Turkish citizens (an eighth of the Council's 2022 visitors) write it, read in the folded view.
      + "|vatandas|oturma izn|oturum izn|ikamet|calisma izn|is izn|multeci|siginmaci|iltica|sinir disi"
      + "|konsolosluk|buyukelcilik|vize|pasaport|gocmen|goc idaresi|goc hizmet"
      // Ukrainian (Ukrainians were the largest group of the Council's 2022 visitors), in Cyrillic and translit.
      + "|посвідк|посвидк|громадян|реєстр|реестр|зареєстр|зареестр|перебуванн|дозв[іи]л|дозвол|(постійн|тимчасов)\\S* прожив"
      + "|біженц|биженц|притулк|притулок|міграц|мiграц|видвор|віз[аиуо]|безвіз|прострочен"
      + "|posvidk|hromad[iy]anstv|re[iy]estrats|perebuvann|dozvil|bizhen|prytulk|mihrats";
  private static final WordStartPattern WORDS = WordStartPattern.compile(SOURCE);

  private MigrationWords() {}

  static boolean in(String text) {
    // "vətəndaşlıq", "vetendasliq" and Cyrillic "вәтәндашлыг" all read "vetendas…" in one of the views.
    return WORDS.findInAnyView(text);
  }
}
