package az.council.helpdesk.triage;

/** Why a message must go to a person at once. The order is the priority when several apply (see the rules). */
public enum Urgency {
  SELF_HARM,
  VIOLENCE,
  DETENTION,
  DEPORTATION,
  TRAFFICKING,
  CHILD_ALONE,
  PASSPORT_TAKEN,
  WAGES_THREATS,
  HUMAN_REQUEST
}
