import path from 'node:path';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { createTaxonomyService } from '../electron/main/taxonomy/service';
const root = path.resolve(import.meta.dirname, '..');
const taxonomy = createTaxonomyService(() => loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz')));
const loaded = await taxonomy.ready();
for (const l of ['English', 'Igbo', 'Swedish', 'Japanese', 'Spanish', 'German']) console.log(l, JSON.stringify(loaded.resolve(l, 'skill')));
