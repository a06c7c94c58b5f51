package az.council.helpdesk.cases;

import java.util.ArrayList;
import java.util.List;

/** Builds a staff post whose member names are {@code text_mention}s, so members get notified without @usernames. */
final class MentionText {
  /** Stands for the mentioned member in a formatted message ({@link #around}); a private-use character. */
  static final String MARK = "\uE000";
  private final StringBuilder text = new StringBuilder();
  private final List<Mention> mentions = new ArrayList<>();

  /**
   * {@code formatted} with its {@link #MARK} replaced by a mention of {@code member}: the message decides where the
   * name goes, as word order differs between languages.
   */
  static MentionText around(String formatted, Member member) {
    int at = formatted.indexOf(MARK);
    if (at < 0) {
      return new MentionText().append(formatted);
    }
    return new MentionText().append(formatted.substring(0, at)).mention(member)
        .append(formatted.substring(at + MARK.length()));
  }

  MentionText append(String part) {
    text.append(part);
    return this;
  }

  MentionText mention(Member member) {
    String name = member.display();
    mentions.add(new Mention(member.userId(), text.length(), name.length()));
    text.append(name);
    return this;
  }

  /** Names separated by commas. */
  MentionText mentionAll(List<Member> members) {
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      mention(members.get(i));
    }
    return this;
  }

  String text() {
    return text.toString();
  }

  List<Mention> mentions() {
    return List.copyOf(mentions);
  }
}
