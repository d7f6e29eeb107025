/**
 * The local stand-in for Stripe that `npm start` runs beside the emulators
 * (the functions reach it through functions/.env.demo-atrium). To use real
 * Stripe test mode instead, see README "Stripe".
 */
import { FAKE_STRIPE_PORT, startFakeStripe } from '../test/support/fake-stripe';

const stripe = await startFakeStripe({ port: FAKE_STRIPE_PORT });
console.log(`Fake Stripe API on ${stripe.url} (checkout and portal links it returns are placeholders).`);
const stop = () => void stripe.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
