// A filter box followed from the keyboard may lead to another page (a single value's, views.ts), where the controls
// are drawn anew: the same box there takes the focus back, so a keyboard reader does not start again from the top.

let wanted: string | null = null;

/** Remembers the control that had the focus when its link was followed. */
export function rememberFocus(event: Event & { currentTarget: HTMLElement }, id: string): void {
	if (document.activeElement === event.currentTarget) wanted = id;
}

/** Action: focuses the control if it is the one remembered. */
export function refocus(node: HTMLElement, id: string): void {
	if (wanted !== id) return;
	wanted = null;
	node.focus();
}
