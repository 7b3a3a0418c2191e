// Every kind of roster import, by name.
import type { Importer, ImportKind } from '../roster.types.ts';
import { enrolmentsImporter } from './enrolments.ts';
import { householdsImporter } from './households.ts';
import { organisationsImporter } from './organisations.ts';
import { peopleImporter } from './people.ts';
import { populationImporter } from './population.ts';

export const importers: Record<ImportKind, Importer> = {
  people: peopleImporter as Importer,
  organisations: organisationsImporter as Importer,
  households: householdsImporter as Importer,
  enrolments: enrolmentsImporter as Importer,
  population: populationImporter as Importer,
};
