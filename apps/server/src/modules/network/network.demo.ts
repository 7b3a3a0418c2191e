// Placeholder until the module lands: its demo records, made through its services.
import type { AppContext } from '../../context.ts';
import type { DemoWorld } from '../demo/demo.world.ts';

export async function seedDemoNetwork(_ctx: AppContext, _world: DemoWorld): Promise<void> {}
