import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// `npx vite build miniapp` (npm run build:miniapp) → miniapp/dist, served by the server at /app/.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/app/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Telegram's in-app WebViews on older Android phones lag behind desktop browsers.
    target: "es2020",
  },
});
