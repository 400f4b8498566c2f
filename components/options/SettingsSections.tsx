import { t } from '../../platform/i18n';
import { MeetingSites } from '../shared/MeetingSites';
import { SitePermission } from '../shared/SitePermission';
import { Choices, LockedGroup, Message, Section } from './fields';
import { MeetingHosts } from './MeetingHosts';
import { WorkDays, WorkHours } from './Schedule';
import { type Form, SettingCheck, SettingNumber } from './setting-fields';

const BADGE_MODES = [
  ['breaks', 'options_badge_breaks'],
  ['bout', 'options_badge_bout'],
] as const;

const SPEECH_MODES = [
  ['ask', 'options_speech_ask'],
  ['on', 'options_speech_on'],
  ['off', 'options_speech_off'],
] as const;

/** The sections of settings, once they are loaded: reminders, meetings, pages, standing, schedule, goal, routines. */
export function SettingsSections({ form }: { form: Form }) {
  return (
    <>
      <Section
        id="reminders"
        title={t('options_section_reminders')}
        intro={t('options_reminders_intro')}
      >
        <SettingNumber name="intervalMin" form={form} />
        <SettingNumber name="naturalBreakMin" form={form} />
        <SettingCheck name="notifications" form={form} />
        <SettingNumber name="escalateAfterMin" form={form} />
        <SettingNumber name="snoozeMin" form={form} />
        <SettingNumber name="maxSnoozes" form={form} />
      </Section>

      <Section
        id="meetings"
        title={t('options_section_meetings')}
        intro={t('options_meetings_intro')}
      >
        <SettingCheck name="holdInMeetings" form={form} />
        <LockedGroup id="meetingHosts" locked={form.locked('meetingHosts')}>
          <MeetingHosts
            hosts={form.settings.meetingHosts}
            message={form.message('meetingHosts')}
            onSave={(hosts) => form.save('meetingHosts', { meetingHosts: hosts })}
            onInvalid={form.invalid('meetingHosts')}
          />
        </LockedGroup>
        <MeetingSites hosts={form.settings.meetingHosts} />
      </Section>

      <SitePermission id="pages" class="card">
        <SettingCheck name="overlay" form={form} />
      </SitePermission>

      <Section
        id="standing"
        title={t('options_section_standing')}
        intro={t('options_standing_intro')}
      >
        <SettingNumber name="standMaxMin" form={form} />
        <SettingCheck name="standRhythm" form={form} />
        <SettingNumber name="standMin" form={form} />
      </Section>

      <Section
        id="schedule"
        title={t('options_section_schedule')}
        intro={t('options_schedule_intro')}
      >
        <LockedGroup id="workDays" locked={form.locked('workDays')}>
          <WorkDays
            settings={form.settings}
            message={form.message('workDays')}
            onChange={(days) => form.save('workDays', { workDays: days })}
          />
        </LockedGroup>
        <LockedGroup id="hours" locked={form.locked('workStartMin')}>
          <WorkHours
            settings={form.settings}
            message={form.message('hours')}
            onSave={(patch) => form.save('hours', patch)}
            onInvalid={form.invalid('hours')}
          />
        </LockedGroup>
      </Section>

      <Section id="goal" title={t('options_section_goal')}>
        <SettingNumber name="dailyGoal" form={form} />
        <LockedGroup id="badgeMode" locked={form.locked('badgeMode')}>
          <fieldset class="field fieldset" aria-describedby="badgeMode-msg">
            <legend class="field__label">{t('options_badge_label')}</legend>
            <Choices
              name="badgeMode"
              choices={BADGE_MODES}
              value={form.settings.badgeMode}
              onChange={(mode) => form.save('badgeMode', { badgeMode: mode })}
            />
            <Message id="badgeMode-msg" message={form.message('badgeMode')} />
          </fieldset>
        </LockedGroup>
      </Section>

      <Section id="routines" title={t('options_section_routines')}>
        <SettingCheck name="allowFloor" form={form} />
        <SettingCheck name="sound" form={form} />
        <LockedGroup id="speech" locked={form.locked('speech')}>
          <fieldset class="field fieldset" aria-describedby="speech-help speech-msg">
            <legend class="field__label">{t('options_speech_label')}</legend>
            <Choices
              name="speech"
              choices={SPEECH_MODES}
              value={form.settings.speech}
              onChange={(speech) => form.save('speech', { speech })}
            />
            <p class="field__help" id="speech-help">
              {t('options_speech_help')}
            </p>
            <Message id="speech-msg" message={form.message('speech')} />
          </fieldset>
        </LockedGroup>
      </Section>
    </>
  );
}
