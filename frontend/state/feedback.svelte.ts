import { next_feedback } from "../model/events";

/** The feedback on one message group: the option chosen (if any), and whether the comment box is open. */
export class GroupFeedback {
	chosen = $state<string | null>(null);
	commenting = $state(false);

	/** Chooses `option` (choosing it again takes it back) and returns the feedback now given;
	 * with `comment_box`, giving feedback opens the box for a comment. */
	choose(option: string, comment_box: boolean): string | null {
		this.chosen = next_feedback(this.chosen, option);
		this.commenting = comment_box && this.chosen !== null;
		return this.chosen;
	}
}
