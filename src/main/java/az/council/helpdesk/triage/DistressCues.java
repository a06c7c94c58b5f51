package az.council.helpdesk.triage;

/**
 * Words of fear or emergency ("срочно", "təcili", "I'm scared", "SOS") in a message the urgency rules did not
 * flag. They do not hand the person over — questions like "urgent extension fee" would flood the members — but
 * the bot shows the emergency contacts and a one-tap way to a member before its answer. This is the safety
 * net for the indirect descriptions of emergencies that the rules miss (see the held-out urgent recall).
 */
public final class DistressCues {
  static final String SOURCE = "срочн|srochn|urgent|emergency|\\bsos\\b|in danger|i'?m scared|i am scared|scared for|help me please"
      + "|please help me|экстренн|в опасности|спасите|боюсь|мне страшно|pomogite srochno"
      + "|tecili(?! yardim)|qorxuram|tehluke|komek edin|xilas edin"
      // Turkish, in the folded view: "acil", "korkuyorum", "tehlikede", "yardım edin", "kurtarın".
      + "|acil(?! durum numara)|korkuyorum|tehlikede|yardim edin|kurtarin"
      // Ukrainian: "терміново", "допоможіть", "рятуйте", "мені страшно", "боюся".
      + "|терміново|термінова|допоможіть|рятуйте|мені страшно|боюся|в небезпеці|terminovo|dopomozhit|riatuite";
  private static final WordStartPattern CUES = WordStartPattern.compile(SOURCE);

  private DistressCues() {}

  public static boolean in(String text) {
    return CUES.findInAnyView(text);
  }
}
