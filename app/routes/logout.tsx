import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { endSession, getUser } from "../session.server";

export const meta: MetaFunction = () => [{ title: "Uitloggen · Modelwerk" }];

// Only a POST logs out (and server.ts refuses one from another origin): a link or an <img> on another site must not.
export const action = ({ request, context }: ActionFunctionArgs) => endSession(request, context);

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!(await getUser(request, context))) throw redirect("/login");
  return null;
}

export default function Logout() {
  return (
    <div className="mw-form mw-stack">
      <Heading level={1}>Uitloggen</Heading>
      <Paragraph>Wilt u uitloggen bij Modelwerk?</Paragraph>
      <Form method="post">
        <Button type="submit" purpose="primary">
          Uitloggen
        </Button>
      </Form>
    </div>
  );
}
