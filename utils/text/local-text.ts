/** Text in both UI languages (Indonesian first), for messages built outside the messages.json files. */
export interface LocalText {
  id: string;
  en: string;
}
