// Every test file under tests/_internal/, in this one worker (see tests/_folder_suite.ts for why).
import { importFolderTests } from "./_folder_suite.ts";

await importFolderTests("_internal");
