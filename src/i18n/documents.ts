import { addMessages } from './index'
import { nlDocuments } from './nl-documents'

// The Dutch words of the documents, added once this module loads: every module that writes a
// document imports it, so they are there before any document is made (see nl-documents.ts).
addMessages('nl', nlDocuments)
