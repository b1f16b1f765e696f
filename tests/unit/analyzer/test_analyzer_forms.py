"""Forms and their fields from small TSX snippets: names, labels, required, options, purpose."""

from __future__ import annotations

from typing import Any

from l4ydesk.core.analyzer import Detection, analyze_files


def _analyze(source: str, path: str = "components/widget.tsx") -> tuple[Detection, ...]:
    return analyze_files({path: source.encode()}).detections


def _form(source: str) -> Detection:
    forms = [d for d in _analyze(source) if d.type_key == "form"]
    assert len(forms) == 1, forms
    return forms[0]


def _fields(form: Detection) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in form.fields["fields"]}


def test_labels_from_html_for_wrapping_label_aria_label_and_placeholder() -> None:
    form = _form("""
        export function Contact() {
          return (
            <form onSubmit={(e) => e.preventDefault()}>
              <h2>Get in touch</h2>
              <Label htmlFor="email">Your email</Label>
              <Input id="email" name="email" type="email" required />
              <label>Company <input name="company" /></label>
              <Input aria-label="Phone number" type="tel" />
              <Textarea name="message" placeholder="How can we help?" />
              <Button type="submit">Send</Button>
            </form>
          )
        }
    """)
    fields = _fields(form)
    assert fields["email"] == {
        "name": "email",
        "type": "email",
        "required": True,
        "label": "Your email",
    }
    assert fields["company"]["label"] == "Company"
    assert fields["phone_number"]["type"] == "tel"
    assert fields["message"]["label"] == "How can we help?"
    assert fields["message"]["required"] is False
    assert form.name == "Get in touch"
    assert form.fields["submit_label"] == "Send"


def test_shadcn_form_fields_take_zod_requirements_and_form_labels() -> None:
    form = _form("""
        const schema = z.object({
          plan: z.enum(["basic", "pro"]),
          email: z.string().email(),
          nickname: z.string().optional(),
        })
        export function Membership() {
          const form = useForm({ resolver: zodResolver(schema) })
          return (
            <Form {...form}>
              <form onSubmit={form.handleSubmit(onSubmit)}>
                <FormField control={form.control} name="email" render={({ field }) => (
                  <FormItem>
                    <FormLabel>Email</FormLabel>
                    <FormControl><Input {...field} /></FormControl>
                  </FormItem>
                )} />
                <FormField control={form.control} name="nickname" render={({ field }) => (
                  <FormItem>
                    <FormLabel>Nickname</FormLabel>
                    <FormControl><Input {...field} /></FormControl>
                  </FormItem>
                )} />
                <FormField control={form.control} name="plan" render={({ field }) => (
                  <FormItem><FormLabel>Plan</FormLabel>
                    <Select onValueChange={field.onChange}>
                      <SelectContent>
                        <SelectItem value="basic">Basic</SelectItem>
                        <SelectItem value="pro">Pro</SelectItem>
                      </SelectContent>
                    </Select>
                  </FormItem>
                )} />
                <Button type="submit">Join the club</Button>
              </form>
            </Form>
          )
        }
    """)
    fields = _fields(form)
    assert fields["email"]["type"] == "email" and fields["email"]["required"] is True
    assert fields["email"]["label"] == "Email"
    assert fields["nickname"]["required"] is False
    assert fields["plan"]["options"] == ["basic", "pro"]
    assert form.name == "Membership"


def test_register_radio_group_checkbox_and_calendar_range() -> None:
    form = _form("""
        export function Rent() {
          const { register, handleSubmit } = useForm()
          return (
            <form onSubmit={handleSubmit(save)}>
              <input {...register("fullName", { required: true })} />
              <div><Label>Size</Label>
                <RadioGroup name="size">
                  <RadioGroupItem value="s" /><RadioGroupItem value="m" />
                </RadioGroup>
              </div>
              <Checkbox id="terms" />
              <Calendar mode="range" selected={range} onSelect={setRange} />
              <button type="submit">Reserve</button>
            </form>
          )
        }
    """)
    fields = _fields(form)
    assert set(fields) == {"fullName", "size", "terms", "range"}
    assert fields["fullName"]["required"] is True
    assert fields["size"] == {
        "name": "size",
        "type": "radio",
        "required": False,
        "label": "Size",
        "options": ["s", "m"],
    }
    assert fields["terms"]["type"] == "checkbox"
    assert fields["range"]["type"] == "date_range"


def test_inputs_beside_a_button_are_a_form_but_a_search_box_is_not() -> None:
    detections = _analyze("""
        export function Footer() {
          return (
            <footer>
              <Input placeholder="Search the docs" />
              <div className="flex gap-2">
                <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
                <Button onClick={join}>Join the newsletter</Button>
              </div>
            </footer>
          )
        }
    """)
    forms = [d for d in detections if d.type_key == "form"]
    assert len(forms) == 1
    assert [f["name"] for f in forms[0].fields["fields"]] == ["email"]
    contact = [d for d in detections if d.type_key == "contact"]
    assert len(contact) == 1 and contact[0].fields["source"] == "newsletter"


def test_a_toggle_beside_a_link_button_is_not_a_form() -> None:
    detections = _analyze("""
        export function Billing() {
          return (
            <div>
              <Switch checked={yearly} onCheckedChange={setYearly} />
              <Button asChild><Link href="/signup">Start</Link></Button>
            </div>
          )
        }
    """)
    assert detections == ()


def test_sign_in_is_no_business_form_and_a_card_form_is_a_checkout() -> None:
    detections = _analyze("""
        export function SignIn() {
          return (
            <form onSubmit={login}>
              <Input id="email" type="email" />
              <Input id="password" type="password" />
              <Button type="submit">Sign in</Button>
            </form>
          )
        }
        export function Pay() {
          return (
            <form onSubmit={pay}>
              <PaymentElement />
              <Button type="submit">Pay now</Button>
            </form>
          )
        }
    """)
    kinds = sorted(d.type_key for d in detections)
    assert kinds == ["checkout"]


def test_support_form_opens_tickets_and_booking_form_books() -> None:
    detections = _analyze("""
        export function Help() {
          return (
            <form action={openTicket}>
              <CardTitle>Report a problem</CardTitle>
              <Input name="subject" />
              <Select name="priority"><SelectItem value="low">Low</SelectItem>
                <SelectItem value="high">High</SelectItem></Select>
              <Button type="submit">Send</Button>
            </form>
          )
        }
        export function Book() {
          return (
            <form onSubmit={book}>
              <h3>Book a lesson</h3>
              <Calendar mode="single" selected={day} onSelect={setDay} />
              <Select name="time"><SelectItem value="09:00">9:00</SelectItem></Select>
              <Button type="submit">Book</Button>
            </form>
          )
        }
    """)
    by_type = {d.type_key: d for d in detections if d.type_key != "form"}
    assert by_type["ticket"].fields["priority_options"] == ["low", "high"]
    assert by_type["booking"].fields["subtype"] == "class"
    assert by_type["booking"].fields["time_slots"] == ["09:00"]
