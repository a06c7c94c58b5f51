package az.council.helpdesk.triage;

/** Why a message must go to a person at once. The order is the priority when several apply. */
public enum Urgency {
  SELF_HARM,
  VIOLENCE,
  TRAFFICKING,
  CHILD_ALONE,
  DETENTION,
  DEPORTATION,
  PASSPORT_TAKEN,
  WAGES_THREATS,
  HUMAN_REQUEST
}
