import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "./button-styles";

type Props = {
  /** The form field the chosen button submits. */
  name: string;
  /** The tester's choices; the first (paying) one is the primary button. */
  choices: { value: string; label: string }[];
};

/** The submit buttons of a sandbox's decision form: one per outcome the tester can choose. */
export function SandboxChoiceButtons({ name, choices }: Props) {
  return choices.map((choice, index) => (
    <button key={choice.value} type="submit" name={name} value={choice.value} className={index === 0 ? PRIMARY_BUTTON : SECONDARY_BUTTON}>
      {choice.label}
    </button>
  ));
}
