package az.council.helpdesk.conversation;

/** The text and buttons of one message, before it is sent or used to replace an earlier one. */
record Screen(String text, Keyboard keyboard) {
  static Screen text(String text) {
    return new Screen(text, Keyboard.NONE);
  }
}
