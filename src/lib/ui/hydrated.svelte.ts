import { onMount } from 'svelte';

/**
 * Whether the calling component has mounted: false in the prerendered HTML and until the page's script has run, so a
 * control that needs the script can say so (disabled, left out) rather than ignore a reader who acts early.
 * Called while a component initialises.
 */
export function hydrated(): { readonly current: boolean } {
	let done = $state(false);
	onMount(() => {
		done = true;
	});
	return {
		get current() {
			return done;
		}
	};
}
