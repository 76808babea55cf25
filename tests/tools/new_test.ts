import assert from "node:assert/strict";
import { parseNewArgs, scaffold } from "../../tools/new.ts";

const demo = {
  slug: "demo-town",
  title: "Pengaruh pijat oksitosin terhadap produksi ASI",
  year: 2024,
  n: 30,
  authors: ["Sari D", "Putri A"],
  journal: "Jurnal Kebidanan",
};

Deno.test("new: numbers the notebook after the papers, before the synthesis", () => {
  const files = scaffold(demo, ["00-methods.ipynb", "05-muaro-jambi.ipynb", "90-synthesis.ipynb"]);
  assert.equal(files[2].path, "notebooks/06-demo-town.ipynb");
  const paper = JSON.parse(files[0].text);
  assert.equal(paper.statedN[0].n, 30);
  assert.deepEqual(paper.authors, ["Sari D", "Putri A"]);
  assert.equal(files[1].text, "id,location,kind,quote,reported,status\n");
});

Deno.test("new: bad input names the argument; an existing slug is refused", () => {
  assert.throws(() => scaffold({ ...demo, slug: "Demo Town" }, []), /slug: expected/);
  assert.throws(() => scaffold({ ...demo, n: 0 }, []), /n: expected/);
  assert.throws(() => scaffold(demo, ["03-demo-town.ipynb"]), /already exists/);
  assert.throws(() => parseNewArgs(["demo"]), /--title is required/);
  assert.throws(() => parseNewArgs(["demo", "--colour", "red"]), /--colour: unknown option/);
  assert.deepEqual(
    parseNewArgs(["demo", "--title", "T", "--year", "2024", "--n", "12", "--author", "A"]),
    { slug: "demo", title: "T", year: 2024, n: 12, authors: ["A"], journal: "" },
  );
});

Deno.test("new: the scaffolded notebook refuses to run while paper.json has TODOs or a printed number is unjudged", async () => {
  // A copy of lib/ and tools/ under reports/, so the scaffold never touches the real data/.
  const root = new URL("../../", import.meta.url);
  const copy = new URL(`reports/.test-new/${crypto.randomUUID()}/`, root);
  const copyTree = async (dir: string) => {
    for await (const e of Deno.readDir(new URL(dir, root))) {
      const path = `${dir}${e.name}`;
      if (e.isDirectory) {
        await Deno.mkdir(new URL(path, copy), { recursive: true });
        await copyTree(`${path}/`);
      } else await Deno.copyFile(new URL(path, root), new URL(path, copy));
    }
  };
  try {
    for (const dir of ["lib/", "tools/", "notebooks/", "data/"]) {
      await Deno.mkdir(new URL(dir, copy), { recursive: true });
    }
    await copyTree("lib/");
    await copyTree("tools/");
    const files = scaffold(demo, []);
    for (const f of files) {
      await Deno.mkdir(new URL(".", new URL(f.path, copy)), { recursive: true });
      await Deno.writeTextFile(new URL(f.path, copy), f.text);
    }
    const { runNotebook } = await import(new URL("tools/runner.ts", copy).href);
    const notebook = new URL(files[2].path, copy).pathname;
    const unfinished = await runNotebook(notebook);
    assert.match(unfinished.error?.message ?? "", /paper\.json still has TODOs/);

    const paper = JSON.parse(files[0].text);
    Object.assign(paper, { setting: "Puskesmas Demo, 2024", design: "one group pretest-posttest" });
    paper.statedN = [{ n: 30, where: "Abstrak", quote: "30 ibu nifas" }];
    paper.tests = ["uji Wilcoxon (Abstrak)"];
    await Deno.writeTextFile(new URL(files[0].path, copy), JSON.stringify(paper));
    await Deno.writeTextFile(
      new URL(files[1].path, copy),
      'id,location,kind,quote,reported,status\nabstrak.n,Abstrak,n,"30 ibu nifas",30,claim\n',
    );
    const stillUnjudged = await runNotebook(notebook);
    assert.match(stillUnjudged.error?.message ?? "", /1 printed numbers are not judged yet/);

    await Deno.writeTextFile(
      new URL(files[1].path, copy),
      "id,location,kind,quote,reported,status\n" +
        'intro.who,Pendahuluan,percent,"WHO: 41%",41%,excluded: cited from WHO\n',
    );
    const done = await runNotebook(notebook);
    assert.equal(done.error, null);
    assert.deepEqual(done.claims, []);
  } finally {
    await Deno.remove(copy, { recursive: true });
  }
});
