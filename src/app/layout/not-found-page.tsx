import { Link } from 'react-router';
import { linkClass } from '../../components/button-styles';
import { PageHeader } from '../../components/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="No page of the console lives at this address." />
      <p>
        <Link to="/" className={linkClass}>
          Go to the dashboard
        </Link>
      </p>
    </>
  );
}
