import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commitmentTo, drawPanels, drawSeedOf, type DrawInputs } from '@zc/committee/domain';

/**
 * Recomputes an expert draw from its public inputs, as anyone may (R-CM-2, R-CM-4): the revealed
 * seed is checked against the commitment published when the review plan was filed, mixed with the
 * witness input, and the panels drawn again with the same code the committee service runs.
 *   npm run draw:recompute -- --inputs draw.json        (a file saved from GET /draws/:id/public-inputs)
 *   npm run draw:recompute -- --url http://…/draws/:id/public-inputs
 * Prints the panels and exits 1 when the seed does not match its commitment.
 */
interface PublicInputs extends Omit<DrawInputs, 'seed'> {
  seedCommitment: string;
  revealedSeed: string;
  witnessInput: string;
}

const { values } = parseArgs({ options: { inputs: { type: 'string' }, url: { type: 'string' } } });

async function load(): Promise<PublicInputs> {
  if (values.inputs) return JSON.parse(readFileSync(values.inputs, 'utf8')) as PublicInputs;
  if (values.url) {
    const response = await fetch(values.url);
    if (!response.ok) throw new Error(`${values.url} answered ${response.status}`);
    return (await response.json()) as PublicInputs;
  }
  throw new Error('usage: --inputs <file> | --url <public-inputs URL>');
}

async function main() {
  const inputs = await load();
  if ((inputs as { sealed?: boolean }).sealed) {
    console.error(`the draw's inputs are sealed until its meeting opens (commitment ${inputs.seedCommitment}); recompute it then`);
    process.exit(2);
  }
  if (commitmentTo(inputs.revealedSeed) !== inputs.seedCommitment) {
    console.error(`the revealed seed does not match the commitment ${inputs.seedCommitment}`);
    process.exit(1);
  }
  const result = drawPanels({ ...inputs, seed: drawSeedOf(inputs.revealedSeed, inputs.witnessInput) });
  console.log(JSON.stringify(result, null, 2));
  if (!result.ok) process.exit(1);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
