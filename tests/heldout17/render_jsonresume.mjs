// node render_jsonresume.mjs RESUME.json OUT.html  (run with cwd = a folder whose node_modules holds the theme)
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const theme = await import(pathToFileURL(process.cwd() + "/node_modules/jsonresume-theme-even/dist/index.js").href);
const resume = JSON.parse(readFileSync(process.argv[2], "utf8"));
writeFileSync(process.argv[3], await theme.render(resume));
