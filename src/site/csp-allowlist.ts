/**
 * The only inline scripts the help site ships, by SHA-256 (CSP source form): Starlight's
 * theme and sidebar snippets. The CSP allows these and nothing else; a built page carrying
 * any other inline script fails the build (csp-integration.ts), whatever put it there.
 * After upgrading Starlight (or adding a script of our own) the build names each new hash:
 * check that the script is ours, then add it here. tests/unit/site/csp-allowlist.test.ts
 * checks the `is:inline` ones against Starlight's installed sources.
 */
export const SHIPPED_INLINE_SCRIPTS: ReadonlyMap<string, string> = new Map([
  // `<script is:inline>` in Starlight's components, verbatim.
  ["'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA='", 'ThemeProvider.astro: the stored colour theme'],
  ["'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo='", 'ThemeSelect.astro: StarlightThemeProvider.updatePickers()'],
  ["'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko='", 'Search.astro: the search shortcut label'],
  ["'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4='", 'SidebarPersister.astro: restores the open sidebar groups'],
  ["'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ='", 'SidebarPersister.astro: restores the sidebar scroll'],
  // Starlight's `<script>` modules, small enough for Astro to inline once bundled.
  ["'sha256-nVO98WGdJA5yup1/MAdukGqUlS6Psuf7JJFF5ikWqbQ='", 'ThemeSelect.astro: the theme picker element'],
  ["'sha256-VgrgcKBvIM3XpiLJ6fEv1Vy6YHBwlKLkYtFdfBMouTo='", 'SidebarPersistState: saves the sidebar state'],
  ["'sha256-ucPfdYc9FPIvbmnn9ECv3eLKYLt8/heMPFQ+hNTn6jY='", 'PageFrame.astro: the mobile menu popover'],
]);
