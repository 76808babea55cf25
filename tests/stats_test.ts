// Every test file under tests/stats/, in this one worker (see tests/_folder_suite.ts for why).
import { importFolderTests } from "./_folder_suite.ts";

await importFolderTests("stats");
