// Types of what Astro and Starlight provide at run time (import.meta.env, Astro.locals.starlightRoute).
/// <reference types="astro/client" />
/// <reference types="@astrojs/starlight" />
