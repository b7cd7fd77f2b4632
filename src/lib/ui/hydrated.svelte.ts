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

/**
 * A <details> element's open state that holds across hydration: one a reader opened before the script ran (its toggle
 * came before anyone listened) stays open, and what it shows only when open is drawn. A binding would close it.
 * Setting `open` opens or closes the element itself. Use as `<details bind:this={d.element} ontoggle={d.ontoggle}>`;
 * called while a component initialises.
 */
export function disclosure(): { element: HTMLDetailsElement | undefined; open: boolean; ontoggle: (event: Event) => void } {
	let element = $state<HTMLDetailsElement | undefined>(undefined);
	let open = $state(false);
	onMount(() => {
		if (element?.open) open = true;
	});
	return {
		get element() {
			return element;
		},
		set element(value) {
			element = value;
		},
		get open() {
			return open;
		},
		set open(value) {
			open = value;
			if (element) element.open = value;
		},
		ontoggle: (event) => {
			open = (event.currentTarget as HTMLDetailsElement).open;
		}
	};
}
