import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'e2e/artifacts', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // One owner for the map: nothing outside src/map talks to MapLibre directly.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'maplibre-gl', message: 'Only src/map may import maplibre-gl.' }],
      }],
    },
  },
  {
    // One mover of the camera: every camera decision goes through the free area (src/map/camera/frame.ts).
    // The off-screen map of exports and previews (snapshot.ts) sets its own, separate camera.
    // The test handle on window is for the browser tests and the benchmark: the app reaches the
    // live map through src/map/live.ts, and only MapView.tsx installs the handle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/camera/frame.ts', 'src/map/snapshot.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(fitBounds|flyTo|jumpTo|easeTo|cameraForBounds|setPadding|setMaxBounds|panTo|panBy|zoomTo|zoomIn|zoomOut|setCenter|setZoom|setBearing|setPitch|rotateTo|resetNorth|fitScreenCoordinates)$/]",
        message: 'Only src/map/camera/frame.ts moves the map: ask it (framer.frame / restore).',
      }, {
        selector: "Identifier[name='__corridorAtlasMap']",
        message: 'The window handle is for tests and the benchmark: reach the live map through src/map/live.ts.',
      }],
    },
  },
  {
    files: ['src/map/MapView.tsx'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(fitBounds|flyTo|jumpTo|easeTo|cameraForBounds|setPadding|setMaxBounds|panTo|panBy|zoomTo|zoomIn|zoomOut|setCenter|setZoom|setBearing|setPitch|rotateTo|resetNorth|fitScreenCoordinates)$/]",
        message: 'Only src/map/camera/frame.ts moves the map: ask it (framer.frame / restore).',
      }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
