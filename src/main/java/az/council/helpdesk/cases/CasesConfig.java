package az.council.helpdesk.cases;

import az.council.helpdesk.i18n.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-off settings, validated once at start-up; see {@link #fromEnvironment} for the variables.
 *
 * @param staffChatId the staff supergroup ({@code STAFF_CHAT_ID})
 * @param mode forum topics per case, or reply threads when the group has no topics
 * @param staffLanguage the language of the bot's posts in the staff group
 * @param adminIds bootstrapped as admins on every start ({@code ADMIN_IDS})
 */
public record CasesConfig(long staffChatId, StaffMode mode, Language staffLanguage, Set<Long> adminIds,
    WorkingHours hours, Timers timers, Optional<Path> routingFile) {

  public enum StaffMode { FORUM, REPLIES }

  /**
   * @param announceAfter working time before an unclaimed case is re-announced (to the lead, then to all)
   * @param urgentAnnounceAfter the same for urgent cases, in wall-clock time
   * @param claimReleaseAfter a claim without any reply to the user for this long is released
   * @param remindAfter a user waiting this long for the claiming member's answer gets the member reminded
   */
  public record Timers(Duration announceAfter, Duration urgentAnnounceAfter, Duration claimReleaseAfter,
      Duration remindAfter) {
    public static final Timers DEFAULTS =
        new Timers(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofMinutes(60), Duration.ofMinutes(60));
  }

  public CasesConfig {
    adminIds = Set.copyOf(adminIds);
  }

  public CasesConfig withMode(StaffMode newMode) {
    return new CasesConfig(staffChatId, newMode, staffLanguage, adminIds, hours, timers, routingFile);
  }

  /**
   * Reads {@code STAFF_CHAT_ID} (required), {@code ADMIN_IDS} (required, comma-separated Telegram user ids),
   * {@code STAFF_MODE} ({@code forum} | {@code replies}, default forum), {@code STAFF_LANGUAGE} (az | ru | en,
   * default az), {@code WORKING_HOURS} (default {@code Mon-Fri 09:00-18:00}), {@code WORKING_ZONE} (default
   * {@code Asia/Baku}), {@code CASE_ANNOUNCE_AFTER} (30m), {@code CASE_URGENT_ANNOUNCE_AFTER} (5m), {@code
   * CASE_CLAIM_RELEASE_AFTER} (60m), {@code CASE_REMIND_AFTER} (60m), {@code CASE_ROUTING_FILE} (optional).
   *
   * @throws IllegalArgumentException listing every wrong or missing value, each as a sentence
   */
  public static CasesConfig fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Reader in = new Reader(env, problems);
    long chat = in.value("STAFF_CHAT_ID", null, s -> Long.parseLong(s.strip()),
        "the staff supergroup's chat id, e.g. -1001234567890").orElse(0L);
    Set<Long> admins = in.value("ADMIN_IDS", null, CasesConfig::ids,
        "comma-separated Telegram user ids of the first admins, e.g. 12345,67890").orElse(Set.of());
    StaffMode mode = in.value("STAFF_MODE", "forum", s -> StaffMode.valueOf(
        s.strip().toUpperCase(Locale.ROOT)), "forum or replies").orElse(StaffMode.FORUM);
    Language language = in.value("STAFF_LANGUAGE", "az", s -> Language.fromTag(s).orElseThrow(),
        "az, ru or en").orElse(Language.AZ);
    ZoneId zone = in.value("WORKING_ZONE", "Asia/Baku", s -> ZoneId.of(s.strip()), "a time zone like Asia/Baku")
        .orElse(ZoneId.of("Asia/Baku"));
    Optional<WorkingHours> hours = in.value("WORKING_HOURS", "Mon-Fri 09:00-18:00",
        s -> WorkingHours.parse(s, zone), "like Mon-Fri 09:00-18:00");
    Timers d = Timers.DEFAULTS;
    Timers timers = new Timers(
        in.value("CASE_ANNOUNCE_AFTER", "30m", CasesConfig::duration, "a duration like 30m").orElse(d.announceAfter()),
        in.value("CASE_URGENT_ANNOUNCE_AFTER", "5m", CasesConfig::duration, "a duration like 5m")
            .orElse(d.urgentAnnounceAfter()),
        in.value("CASE_CLAIM_RELEASE_AFTER", "60m", CasesConfig::duration, "a duration like 60m")
            .orElse(d.claimReleaseAfter()),
        in.value("CASE_REMIND_AFTER", "60m", CasesConfig::duration, "a duration like 60m").orElse(d.remindAfter()));
    Optional<Path> routing = Optional.ofNullable(env.get("CASE_ROUTING_FILE")).filter(s -> !s.isBlank()).map(Path::of);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return new CasesConfig(chat, mode, language, admins, hours.orElseThrow(), timers, routing);
  }

  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");

  /** {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 90s} or ISO-8601 ({@code PT30M}); must be positive. */
  static Duration duration(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Duration result;
    if (s.startsWith("pt")) {
      result = Duration.parse(s.toUpperCase(Locale.ROOT));
    } else {
      Matcher m = DURATION.matcher(s);
      if (s.isEmpty() || !m.matches()) {
        throw new IllegalArgumentException(text);
      }
      result = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }
    if (result.isZero() || result.isNegative()) {
      throw new IllegalArgumentException(text);
    }
    return result;
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  private static Set<Long> ids(String text) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : text.split("[,\\s]+")) {
      if (!part.isBlank()) {
        ids.add(Long.parseLong(part));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(text);
    }
    return ids;
  }

  private record Reader(Map<String, String> env, List<String> problems) {
    <T> Optional<T> value(String name, String fallback, Function<String, T> parse, String expected) {
      String text = env.getOrDefault(name, fallback);
      if (text == null || text.isBlank()) {
        problems.add("Set " + name + " (" + expected + ").");
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (RuntimeException e) {
        problems.add(name + " is '" + text + "' but must be " + expected + ".");
        return Optional.empty();
      }
    }
  }
}
