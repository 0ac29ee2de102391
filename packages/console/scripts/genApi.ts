/** Writes src/api/openapi.json and src/api/schema.d.ts from the API's own OpenAPI generator. */
import { writeFileSync } from 'node:fs';
import { DOCUMENT_FILE, generateApiFiles, TYPES_FILE } from './apiTypes.js';

const { document, types } = await generateApiFiles();
writeFileSync(DOCUMENT_FILE, document);
writeFileSync(TYPES_FILE, types);
console.log(`wrote ${DOCUMENT_FILE} and ${TYPES_FILE}`);
