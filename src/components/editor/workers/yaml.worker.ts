// monaco-yaml's language service worker, wrapped so Vite bundles it through a `?worker` import.
import 'monaco-yaml/yaml.worker.js';
