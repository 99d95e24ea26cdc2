import { ServiceOverview } from '../../components/service-overview';

export function LabsPage() {
  return (
    <ServiceOverview
      title="Labs"
      category="Guided exercises"
      emptyTitle="No lab is running in this world"
      summary={
        <>
          <p>
            A lab is a guided exercise: it opens a scenario with a goal, such as making a failing build pass or rolling
            back a broken deployment, and checks your world automatically as you work.
          </p>
          <p>
            Because the simulation is deterministic, everyone who opens a lab sees the same run, so a class can work
            through the same failure at its own speed.
          </p>
        </>
      }
      concepts={[
        { term: 'Scenario', meaning: 'The starting account, a seed, and scripted events such as a teammate pushing.' },
        { term: 'Goal', meaning: 'A condition on the world that the lab checks after every change.' },
        { term: 'Virtual time', meaning: 'Pause, step or run at up to 600× to reach the interesting moment fast.' },
        { term: 'Export and import', meaning: 'Save a world as a scenario file and open it again, anywhere.' },
      ]}
      nextSteps={[
        {
          to: '/',
          label: 'Explore the demo world',
          description: 'Two repositories; at 3 minutes a teammate pushes to main, at 9 minutes to feature/dark-mode.',
        },
        {
          to: '/events',
          label: 'Follow the events as time runs',
          description: 'Press Space to run the clock, or . to step to the next event.',
        },
        {
          to: '/codecommit',
          label: 'Create a repository',
          description: 'Try the CodeCommit console against the simulated service, errors included.',
        },
      ]}
    />
  );
}
