// Ambient types for SvelteKit.
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The query of a view recorded by shallow routing (pushState), which leaves page.url as it was. */
			search?: string;
		}
		// interface Platform {}
	}
}

export {};
