// Types for the generated validators (scripts/gen-validators.mjs).
import type { ValidateFunction } from 'ajv/dist/2020.js';

/** Validators by schema file name (e.g. "team.schema.json"), given the format checkers the schemas use. */
export default function createValidators(
  formats: Record<string, unknown>,
): Record<string, ValidateFunction | undefined>;
