// Every test file under tests/notebook/, and every `@example` of lib/notebook/, in this one
// worker (see tests/_folder_suite.ts and tests/_doc_examples.ts for why).
import { registerDocExamples } from "./_doc_examples.ts";
import { importFolderTests } from "./_folder_suite.ts";

await importFolderTests("notebook");
await registerDocExamples((file) => file.startsWith("lib/notebook/"));
