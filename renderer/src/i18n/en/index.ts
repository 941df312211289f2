import { actions } from './actions';
import { common } from './common';
import { editor } from './editor';
import { findings } from './findings';
import { exporter } from './exporter';
import { importer } from './importer';
import { plan } from './plan';
import { posting } from './posting';
import { readiness } from './readiness';
import { about, backups, shell } from './shell';
import { skills } from './skills';
import { targets } from './targets';
import { timeline } from './timeline';

/** The English catalogue, one section per feature folder. */
export const en = {
  common,
  shell,
  about,
  backups,
  timeline,
  findings,
  actions,
  editor,
  targets,
  plan,
  posting,
  readiness,
  skills,
  importer,
  exporter,
};
